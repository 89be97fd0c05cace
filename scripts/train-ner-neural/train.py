#!/usr/bin/python3
"""Trains the neural entity tagger: char-CNN + word vectors + casing + gazetteer bits -> BiLSTM -> CRF over BIOES.

Reads .cache/ner-neural/ (written by exportData.ts), keeps the epoch with the best dev chunk F1 (on our tokens),
writes server/models/ner-neural/{model.json,model.bin} and .cache/ner-neural/dev.pred.json (labels of the exported,
quantized model, for parity.ts). CPU, seeded, one thread.
  /usr/bin/python3 scripts/train-ner-neural/train.py [--epochs N] [--hidden H] ...
"""
import argparse, json, os, random, struct, sys, time

import numpy as np
import torch
import torch.nn as nn

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
CACHE = os.path.join(ROOT, '.cache', 'ner-neural')
OUT = os.path.join(ROOT, 'server', 'models', 'ner-neural')

# IOB2 labels in the TS order (server/src/analysis/entities/labels.ts), and the BIOES tags of the model.
IOB = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC']
TYPES = ['PER', 'ORG', 'LOC', 'MISC']
TAGS = ['O'] + [f'{p}-{t}' for t in TYPES for p in 'BIES']
N_CASES, N_GAZ = 8, 17

p = argparse.ArgumentParser()
p.add_argument('--epochs', type=int, default=30)
p.add_argument('--patience', type=int, default=5)
p.add_argument('--hidden', type=int, default=64)
p.add_argument('--char-dim', type=int, default=30)
p.add_argument('--filters', type=int, default=50)
p.add_argument('--case-dim', type=int, default=8)
p.add_argument('--dropout', type=float, default=0.5)
p.add_argument('--lr', type=float, default=0.002)
p.add_argument('--batch', type=int, default=16)
p.add_argument('--threads', type=int, default=1)
p.add_argument('--seed', type=int, default=1)
p.add_argument('--no-aug', action='store_true')
p.add_argument('--out', default=OUT)
p.add_argument('--max-minutes', type=float, default=1e9)
p.add_argument('--predict', metavar='MODEL_DIR', help='only read an exported model and write its dev labels to .cache/ner-neural/dev.pred.json')
args = p.parse_args()

torch.set_num_threads(args.threads)
random.seed(args.seed); np.random.seed(args.seed); torch.manual_seed(args.seed)
torch.use_deterministic_algorithms(True)


def iob_to_bioes(y):
    out = []
    for i, l in enumerate(y):
        if l == 0:
            out.append(0); continue
        t = IOB[l][2:]
        begin = IOB[l][0] == 'B' or i == 0 or y[i - 1] == 0 or IOB[y[i - 1]][2:] != t
        nxt = y[i + 1] if i + 1 < len(y) else 0
        cont = nxt != 0 and IOB[nxt][0] == 'I' and IOB[nxt][2:] == t
        prefix = ('B' if cont else 'S') if begin else ('I' if cont else 'E')
        out.append(TAGS.index(f'{prefix}-{t}'))
    return out


def chunks_iob(y):
    """Chunks of IOB2 label indices (a stray I- starts a chunk), as labelsToChunks.ts."""
    res, cur = set(), None
    for i, l in enumerate(list(y) + [0]):
        if l == 0:
            if cur: res.add(tuple(cur)); cur = None
            continue
        t = IOB[l][2:]
        if cur and IOB[l][0] == 'I' and cur[2] == t:
            cur[1] = i + 1; continue
        if cur: res.add(tuple(cur))
        cur = [i, i + 1, t]
    return res


def bioes_to_iob(tags):
    return [0 if t == 0 else IOB.index(('B-' if TAGS[t][0] in 'BS' else 'I-') + TAGS[t][2:]) for t in tags]


def load(name):
    with open(os.path.join(CACHE, name)) as f:
        return [json.loads(l) for l in f if l.strip()]


class Tagger(nn.Module):
    def __init__(self, emb, n_chars):
        super().__init__()
        V, D = emb.shape
        self.word = nn.Embedding(V, D, padding_idx=0, sparse=True)
        self.word.weight.data.copy_(torch.from_numpy(emb))
        self.char = nn.Embedding(n_chars, args.char_dim, padding_idx=0)
        self.conv = nn.Conv1d(args.char_dim, args.filters, 3, padding=1)
        self.case = nn.Embedding(N_CASES, args.case_dim, padding_idx=0)
        d_in = D + args.filters + args.case_dim + N_GAZ
        self.drop = nn.Dropout(args.dropout)
        self.lstm = nn.LSTM(d_in, args.hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * args.hidden, len(TAGS))
        K = len(TAGS)
        self.trans = nn.Parameter(torch.zeros(K, K))  # trans[a, b]: score of tag b after tag a
        self.start = nn.Parameter(torch.zeros(K))
        self.end = nn.Parameter(torch.zeros(K))

    def emissions(self, w, c, g, ch, lengths):
        B, T = w.shape
        L = ch.shape[2]
        x = self.char(ch.view(B * T, L)).transpose(1, 2)  # (BT, C, L)
        h = self.conv(x)  # (BT, F, L)
        cmask = (ch.view(B * T, 1, L) == 0)
        h = h.masked_fill(cmask, -1e4).max(dim=2).values
        h = torch.where(h < -1e3, torch.zeros_like(h), h).view(B, T, -1)
        x = torch.cat([self.word(w), h, self.case(c), g], dim=2)
        x = self.drop(x)
        packed = nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
        o, _ = self.lstm(packed)
        o, _ = nn.utils.rnn.pad_packed_sequence(o, batch_first=True, total_length=T)
        return self.out(self.drop(o))

    def nll(self, em, y, mask):
        B, T, K = em.shape
        # gold score
        score = self.start[y[:, 0]] + em[:, 0].gather(1, y[:, :1]).squeeze(1)
        for t in range(1, T):
            s = self.trans[y[:, t - 1], y[:, t]] + em[:, t].gather(1, y[:, t:t + 1]).squeeze(1)
            score = score + s * mask[:, t]
        last = y.gather(1, (mask.sum(1).long() - 1).unsqueeze(1)).squeeze(1)
        score = score + self.end[last]
        # partition
        alpha = self.start.unsqueeze(0) + em[:, 0]
        for t in range(1, T):
            nxt = torch.logsumexp(alpha.unsqueeze(2) + self.trans.unsqueeze(0) + em[:, t].unsqueeze(1), dim=1)
            m = mask[:, t].unsqueeze(1)
            alpha = nxt * m + alpha * (1 - m)
        logz = torch.logsumexp(alpha + self.end.unsqueeze(0), dim=1)
        return (logz - score).sum()

    def viterbi(self, em, lengths):
        res = []
        trans, start, end = self.trans.detach(), self.start.detach(), self.end.detach()
        for b in range(em.shape[0]):
            n = lengths[b]
            e = em[b, :n]
            v = start + e[0]
            back = []
            for t in range(1, n):
                s = v.unsqueeze(1) + trans
                best, idx = s.max(dim=0)
                back.append(idx)
                v = best + e[t]
            v = v + end
            tag = int(v.argmax())
            path = [tag]
            for idx in reversed(back):
                tag = int(idx[tag]); path.append(tag)
            res.append(path[::-1])
        return res


def batchify(sents):
    B = len(sents)
    T = max(len(s['w']) for s in sents)
    L = max(max((len(c) for c in s['ch']), default=1) for s in sents)
    L = max(L, 1)
    w = torch.zeros(B, T, dtype=torch.long); c = torch.zeros(B, T, dtype=torch.long)
    g = torch.zeros(B, T, N_GAZ); ch = torch.zeros(B, T, L, dtype=torch.long)
    y = torch.zeros(B, T, dtype=torch.long); mask = torch.zeros(B, T)
    for i, s in enumerate(sents):
        n = len(s['w'])
        w[i, :n] = torch.tensor(s['w']); c[i, :n] = torch.tensor(s['c'])
        bits = torch.tensor(s['g'], dtype=torch.long)
        g[i, :n] = ((bits.unsqueeze(1) >> torch.arange(N_GAZ)) & 1).float()
        for j, cs in enumerate(s['ch']):
            if cs: ch[i, j, :len(cs)] = torch.tensor(cs)
        y[i, :n] = torch.tensor(s['yb']); mask[i, :n] = 1
    return w, c, g, ch, y, mask, [len(s['w']) for s in sents]


def predict(model, sents):
    model.eval()
    preds = []
    with torch.no_grad():
        order = sorted(range(len(sents)), key=lambda i: len(sents[i]['w']))
        out = [None] * len(sents)
        for k in range(0, len(order), 64):
            idx = order[k:k + 64]
            w, c, g, ch, y, mask, lengths = batchify([sents[i] for i in idx])
            em = model.emissions(w, c, g, ch, lengths)
            for i, path in zip(idx, model.viterbi(em, lengths)):
                out[i] = path
    model.train()
    return out


def f1(sents, preds):
    tp = fp = fn = 0
    for s, pth in zip(sents, preds):
        g, q = chunks_iob(s['y']), chunks_iob(bioes_to_iob(pth))
        tp += len(g & q); fp += len(q - g); fn += len(g - q)
    pr = tp / max(tp + fp, 1); rc = tp / max(tp + fn, 1)
    return 2 * pr * rc / max(pr + rc, 1e-9)


def quantize_rows(m):
    scale = np.abs(m).max(axis=1) / 127.0
    scale[scale == 0] = 1.0
    q = np.clip(np.round(m / scale[:, None]), -127, 127).astype(np.int8)
    return q, scale.astype(np.float32)


def export(model, vocab, out_dir, info):
    os.makedirs(out_dir, exist_ok=True)
    sd = {k: v.detach().cpu().numpy().astype(np.float32) for k, v in model.state_dict().items()}
    q, scale = quantize_rows(sd['word.weight'])
    # the dequantized table goes back into the model, so that dev.pred.json is what the TS side should reproduce
    model.word.weight.data.copy_(torch.from_numpy(q.astype(np.float32) * scale[:, None]))
    hashes = np.array([fnv1a(k) for k in vocab['keys']], dtype=np.uint32)
    tensors, blobs, offset = [], [], 0

    def add(name, arr, dtype):
        nonlocal offset
        a = np.ascontiguousarray(arr.astype(dtype))
        pad = (-offset) % 8
        if pad: blobs.append(b'\0' * pad); offset += pad
        tensors.append({'name': name, 'shape': list(a.shape), 'dtype': dtype, 'offset': offset})
        blobs.append(a.tobytes()); offset += a.nbytes
    add('vocab', hashes, 'uint32')
    add('word.q', q, 'int8')
    add('word.scale', scale, 'float32')
    for k, v in sd.items():
        if k != 'word.weight': add(k, v, 'float32')
    with open(os.path.join(out_dir, 'model.bin'), 'wb') as f:
        f.write(b''.join(blobs))
    header = {'format': 'NER-NEURAL-1', 'tags': TAGS, 'alphabet': vocab['alphabet'], 'nCases': N_CASES, 'nGazBits': N_GAZ,
              'hidden': args.hidden, 'filters': args.filters, 'charDim': args.char_dim, 'caseDim': args.case_dim,
              'wordDim': int(q.shape[1]), 'tensors': tensors, 'training': info}
    with open(os.path.join(out_dir, 'model.json'), 'w') as f:
        json.dump(header, f, indent=1)


def fnv1a(s):
    h = 0x811c9dc5
    for unit in utf16_units(s):
        h ^= unit
        h = (h * 0x01000193) & 0xffffffff
    return h


def utf16_units(s):
    b = s.encode('utf-16-le')
    return [b[i] | (b[i + 1] << 8) for i in range(0, len(b), 2)]


def load_exported(model_dir):
    """Rebuilds the torch model from an exported model.json + model.bin (the Python side of parity.ts)."""
    with open(os.path.join(model_dir, 'model.json')) as f:
        header = json.load(f)
    raw = open(os.path.join(model_dir, 'model.bin'), 'rb').read()
    arrays = {}
    for t in header['tensors']:
        n = int(np.prod(t['shape']))
        arrays[t['name']] = np.frombuffer(raw, dtype=t['dtype'], count=n, offset=t['offset']).reshape(t['shape'])
    for k in ('hidden', 'filters'):
        setattr(args, k, header[k])
    args.char_dim, args.case_dim = header['charDim'], header['caseDim']
    emb = arrays['word.q'].astype(np.float32) * arrays['word.scale'][:, None]
    model = Tagger(emb, len(header['alphabet']) + 2)
    state = {k: torch.from_numpy(v.copy()) for k, v in arrays.items() if k not in ('vocab', 'word.q', 'word.scale')}
    state['word.weight'] = torch.from_numpy(emb)
    model.load_state_dict(state)
    return model


def main():
    if args.predict:
        model = load_exported(args.predict)
        dev = load('dev.jsonl')
        for s in dev:
            s['yb'] = iob_to_bioes(s['y'])
        preds = predict(model, dev)
        with open(os.path.join(CACHE, 'dev.pred.json'), 'w') as f:
            json.dump([bioes_to_iob(pth) for pth in preds], f)
        print(f'dev chunk F1 {f1(dev, preds):.4f} (exported model {args.predict})')
        return
    t0 = time.time()
    with open(os.path.join(CACHE, 'vocab.json')) as f:
        vocab = json.load(f)
    dim = vocab['dim']
    emb = np.fromfile(os.path.join(CACHE, 'emb.f32'), dtype=np.float32).reshape(-1, dim).copy()
    pre = np.fromfile(os.path.join(CACHE, 'pretrained.u8'), dtype=np.uint8)
    rng = np.random.RandomState(args.seed)
    scale = np.sqrt(3.0 / dim)
    for i in np.where(pre == 0)[0]:
        if i > 0: emb[i] = rng.uniform(-scale, scale, dim)
    emb[0] = 0
    train = [s for s in load('train.jsonl') if not (args.no_aug and s['aug'])]
    dev = load('dev.jsonl')
    for s in train + dev:
        s['yb'] = iob_to_bioes(s['y'])
    model = Tagger(emb, len(vocab['alphabet']) + 2)
    dense = [p for n, p in model.named_parameters() if n != 'word.weight']
    opt = torch.optim.Adam(dense, lr=args.lr)
    opt_word = torch.optim.SparseAdam([model.word.weight], lr=args.lr)
    print(f'{len(train)} train, {len(dev)} dev sentences; {sum(p.numel() for p in model.parameters())} parameters', flush=True)
    best, best_state, best_epoch, bad = -1, None, 0, 0
    for epoch in range(1, args.epochs + 1):
        random.shuffle(train)
        # batches of similar length, in random order
        chunks = [train[i:i + args.batch * 50] for i in range(0, len(train), args.batch * 50)]
        batches = []
        for ch in chunks:
            ch = sorted(ch, key=lambda s: len(s['w']))
            batches += [ch[i:i + args.batch] for i in range(0, len(ch), args.batch)]
        random.shuffle(batches)
        total, te = 0.0, time.time()
        for b in batches:
            w, c, g, ch, y, mask, lengths = batchify(b)
            em = model.emissions(w, c, g, ch, lengths)
            loss = model.nll(em, y, mask)
            opt.zero_grad(); opt_word.zero_grad()
            (loss / len(b)).backward()
            nn.utils.clip_grad_norm_(dense, 5.0)
            opt.step(); opt_word.step()
            total += loss.item()
        score = f1(dev, predict(model, dev))
        print(f'epoch {epoch}: loss {total / len(train):.3f}, dev chunk F1 {score:.4f} ({time.time() - te:.0f} s)', flush=True)
        if score > best:
            best, best_epoch, bad = score, epoch, 0
            best_state = {k: v.clone() for k, v in model.state_dict().items()}
        else:
            bad += 1
        if bad >= args.patience or (time.time() - t0) / 60 > args.max_minutes:
            break
    model.load_state_dict(best_state)
    info = {'bestEpoch': best_epoch, 'devChunkF1': round(best, 4), 'args': {**vars(args), 'out': os.path.relpath(args.out, ROOT)}, 'torch': torch.__version__}
    export(model, vocab, args.out, info)
    preds = predict(model, dev)
    qf1 = f1(dev, preds)
    info['devChunkF1Quantized'] = round(qf1, 4)
    with open(os.path.join(args.out, 'model.json')) as f:
        header = json.load(f)
    header['training'] = info
    with open(os.path.join(args.out, 'model.json'), 'w') as f:
        json.dump(header, f, indent=1)
    with open(os.path.join(CACHE, 'dev.pred.json'), 'w') as f:
        json.dump([bioes_to_iob(pth) for pth in preds], f)
    print(f'best epoch {best_epoch}: dev chunk F1 {best:.4f}; quantized {qf1:.4f}; {(time.time() - t0) / 60:.1f} min', flush=True)


if __name__ == '__main__':
    main()
