import { findNodeAtLocation, type JSONPath, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser/lib/esm/main.js';
import { jsonProblemWords } from './jsonProblemWords';

/** 1-based line and column of a UTF-16 offset in `text`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

export interface JsonSyntaxProblem {
  message: string;
  offset: number;
}

/** Parses strict JSON (no comments, no trailing commas). Returns the value, or the first syntax problem. */
export function parseStrictJson(text: string): { value: unknown } | { problem: JsonSyntaxProblem } {
  const errors: ParseError[] = [];
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0) {
    const { error, offset } = errors[0];
    return { problem: { message: jsonProblemWords(printParseErrorCode(error), text, offset), offset } };
  }
  try {
    return { value: JSON.parse(text) };
  } catch (e) {
    return { problem: { message: (e as Error).message, offset: 0 } };
  }
}

/** Offset of the value at `path` (e.g. `['first', 'items', 3, 'target']`), or of its deepest existing ancestor. */
export function offsetOfPath(text: string, path: JSONPath): number {
  const root = parseTree(text, [], { disallowComments: true, allowTrailingComma: false });
  if (!root) return 0;
  for (let n = path.length; n >= 0; n--) {
    const node = findNodeAtLocation(root, path.slice(0, n));
    if (node) return node.offset;
  }
  return 0;
}
