// The packaged app's fuses (electron-builder writes them into the Electron binary).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const config = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../electron-builder.json'), 'utf8')) as {
  asar: boolean;
  npmRebuild: boolean;
  electronFuses: Record<string, boolean>;
  linux: { target: string[] };
  win: { target: string[] };
  mac: { target: string[]; hardenedRuntime: boolean; entitlements?: string; entitlementsInherit?: string };
};

describe('packaging configuration', () => {
  it('turns off runAsNode, NODE_OPTIONS and the inspect flags', () => {
    expect(config.electronFuses.runAsNode).toBe(false);
    expect(config.electronFuses.enableNodeOptionsEnvironmentVariable).toBe(false);
    expect(config.electronFuses.enableNodeCliInspectArguments).toBe(false);
  });

  it('checks asar integrity and loads the app only from the asar', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses.enableEmbeddedAsarIntegrityValidation).toBe(true);
    expect(config.electronFuses.onlyLoadAppFromAsar).toBe(true);
    expect(config.electronFuses.grantFileProtocolExtraPrivileges).toBe(false);
  });

  it('builds AppImage and deb, NSIS and dmg without rebuilding native modules', () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
  });

  it('signs for macOS with the hardened runtime and no exception but the JIT V8 needs, for the app and its helpers', () => {
    expect(config.mac.hardenedRuntime).toBe(true);
    for (const file of [config.mac.entitlements, config.mac.entitlementsInherit]) {
      expect(file).toBe('resources/entitlements.mac.plist');
      const plist = readFileSync(path.join(import.meta.dirname, '../..', file ?? ''), 'utf8');
      const keys = [...plist.matchAll(/<key>([^<]+)<\/key>/g)].map((m) => m[1]);
      expect(keys).toEqual(['com.apple.security.cs.allow-jit']);
    }
  });
});
