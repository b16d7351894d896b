// Types of eslint/boundaries.mjs for the tests that use its resolution and layer table.
import type { ESLint } from 'eslint';

export type Layer = {
  name: string;
  files: string | string[];
  allow: string | string[];
  why: string;
  seams?: Record<string, string>;
};

export function targetOf(fromFile: string, specifier: string): string;
export function modulePath(file: string): string;
export function layerOf(
  layers: Layer[],
  file: string,
): { layer: Layer; bound: Record<string, string>; seamBase: string } | null;
export function violation(layers: Layer[], file: string, target: string): Layer | null;

declare const plugin: ESLint.Plugin;
export default plugin;
