// Inline values while stopped: after each line the program has run, the names it binds
// or uses, with the value as the Variables view shows it — repr, refcount and id
// (`a = [321, 123]  ‹refcnt 2 · id 0x7f…›`) — looked up in the stopped frame's scopes.

import * as vscode from 'vscode';

const NAME = /\b([A-Za-z_]\w*)\b/g;
const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif',
  'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or',
  'pass', 'raise', 'return', 'try', 'while', 'with', 'yield', 'print', 'len', 'range', 'id', 'sys', 'gc',
]);

export class RefcountInlineValues implements vscode.InlineValuesProvider {
  provideInlineValues(document: vscode.TextDocument, viewPort: vscode.Range, context: vscode.InlineValueContext): vscode.InlineValue[] {
    const out: vscode.InlineValue[] = [];
    const last = Math.min(viewPort.end.line, context.stoppedLocation.end.line);
    for (let l = viewPort.start.line; l <= last; l++) {
      const text = document.lineAt(l).text;
      const code = text.replace(/#.*$/, '').replace(/(['"]).*?\1/g, (m) => ' '.repeat(m.length));
      const assigned = /^\s*([A-Za-z_]\w*)\s*=[^=]/.exec(code);
      // A line that binds a name shows that name; otherwise the names it reads (at most three).
      const names: { name: string; at: number }[] = [];
      if (assigned !== null) names.push({ name: assigned[1], at: code.indexOf(assigned[1]) });
      else {
        for (const m of code.matchAll(NAME)) {
          if (KEYWORDS.has(m[1]) || code[(m.index ?? 0) + m[1].length] === '(' || code[(m.index ?? 0) - 1] === '.') continue;
          if (!names.some((n) => n.name === m[1])) names.push({ name: m[1], at: m.index ?? 0 });
          if (names.length === 3) break;
        }
      }
      for (const n of names) out.push(new vscode.InlineValueVariableLookup(new vscode.Range(l, n.at, l, n.at + n.name.length), n.name, false));
    }
    return out;
  }
}
