import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import type { Diagnostic } from 'vscode-languageclient/node';

/** `reportlint/wordDocument`: the server reads a draft from disk (Word, Markdown or text) and checks it. */
export const readDraftMethod = 'reportlint/wordDocument';

export interface DraftResult {
  /** The text as the engine reads it: for a Word draft, one paragraph per line. */
  text: string;
  diagnostics: vscode.Diagnostic[];
  /** With an annotated copy: the number of comments written into it. */
  comments?: number;
}

interface DraftResponse {
  text: string;
  diagnostics: Diagnostic[];
  comments?: number | null;
}

/** Reads and checks a draft on disk through the server; with `annotatedCopy`, also writes the Word copy with comments. */
export async function readDraft(client: LanguageClient, file: vscode.Uri, annotatedCopy?: vscode.Uri, token?: vscode.CancellationToken): Promise<DraftResult> {
  const params = { uri: file.toString(), annotatedCopy: annotatedCopy?.fsPath };
  // An undefined token would be sent as a second parameter (params by position), so it is left out.
  const response = token
    ? await client.sendRequest<DraftResponse>(readDraftMethod, params, token)
    : await client.sendRequest<DraftResponse>(readDraftMethod, params);
  return {
    text: response.text,
    diagnostics: await client.protocol2CodeConverter.asDiagnostics(response.diagnostics),
    comments: response.comments ?? undefined,
  };
}

/** Where the annotated copy of a Word draft goes: beside it, as the CLI suggests (bai.docx → bai.reviewed.docx). */
export function annotatedCopyOf(docx: vscode.Uri): vscode.Uri {
  const parsed = path.parse(docx.fsPath);
  return vscode.Uri.file(path.join(parsed.dir, `${parsed.name}.reviewed${parsed.ext}`));
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
