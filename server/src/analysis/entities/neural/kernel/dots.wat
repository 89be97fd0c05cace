;; Dot products of the rows of a row-major matrix with a vector, four lanes at a time (f32x4):
;; out[r] = Σ_j w[r·cols + j] · h[j], for r < rows. `cols` must be a multiple of 8. Pointers are byte offsets.
(module
  (memory (export "memory") 1)
  (func (export "dots") (param $w i32) (param $h i32) (param $out i32) (param $rows i32) (param $cols i32)
    (local $row i32) (local $end i32) (local $wp i32) (local $hp i32) (local $a v128) (local $b v128)
    (local.set $end (i32.add (local.get $out) (i32.shl (local.get $rows) (i32.const 2))))
    (local.set $wp (local.get $w))
    (block $rows_done
      (loop $rows_loop
        (br_if $rows_done (i32.ge_u (local.get $out) (local.get $end)))
        (local.set $a (v128.const f32x4 0 0 0 0))
        (local.set $b (v128.const f32x4 0 0 0 0))
        (local.set $hp (local.get $h))
        (local.set $row (i32.add (local.get $wp) (i32.shl (local.get $cols) (i32.const 2))))
        (block $cols_done
          (loop $cols_loop
            (br_if $cols_done (i32.ge_u (local.get $wp) (local.get $row)))
            (local.set $a (f32x4.add (local.get $a) (f32x4.mul (v128.load (local.get $wp)) (v128.load (local.get $hp)))))
            (local.set $b (f32x4.add (local.get $b) (f32x4.mul (v128.load offset=16 (local.get $wp)) (v128.load offset=16 (local.get $hp)))))
            (local.set $wp (i32.add (local.get $wp) (i32.const 32)))
            (local.set $hp (i32.add (local.get $hp) (i32.const 32)))
            (br $cols_loop)))
        (local.set $a (f32x4.add (local.get $a) (local.get $b)))
        (f32.store (local.get $out)
          (f32.add
            (f32.add (f32x4.extract_lane 0 (local.get $a)) (f32x4.extract_lane 1 (local.get $a)))
            (f32.add (f32x4.extract_lane 2 (local.get $a)) (f32x4.extract_lane 3 (local.get $a)))))
        (local.set $out (i32.add (local.get $out) (i32.const 4)))
        (br $rows_loop)))))
