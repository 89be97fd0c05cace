import * as vscode from 'vscode';
import { Ctx } from './ctx';

let ctx: Ctx | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<Ctx> {
  ctx = new Ctx(context);
  context.subscriptions.push(ctx);
  await ctx.start();
  return ctx;
}

export async function deactivate(): Promise<void> {
  await ctx?.stop();
  ctx = undefined;
}
