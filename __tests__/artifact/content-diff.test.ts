// The list a review shows and the `changed-files` output: as `git diff --name-status` prints it.
import { describe, expect, it } from 'vitest';
import { diffTrees, nameStatus } from '../../src/artifact/content-diff.js';
import { directory, file, tree } from '../support/tar-entries.js';

const listed = (before: Parameters<typeof diffTrees>[0], after: Parameters<typeof diffTrees>[1]) =>
  nameStatus(diffTrees(before, after));

describe('diffTrees', () => {
  it('lists edits, additions and deletions by path, A/M/D and a tab', () => {
    const before = tree(file('app.yaml', 'replicas: 1\n'), file('old.yaml', 'a: 1\n'));
    const after = tree(file('app.yaml', 'replicas: 2\n'), file('new.yaml', 'b: 1\n'));
    expect(listed(before, after)).toBe('M\tapp.yaml\nA\tnew.yaml\nD\told.yaml');
  });

  it('lists a change of permission bits alone as M', () => {
    const before = tree(file('render.sh', '#!/bin/sh\n', 0o644));
    const after = tree(file('render.sh', '#!/bin/sh\n', 0o755));
    expect(listed(before, after)).toBe('M\trender.sh');
  });

  it('lists a rename as a D and an A: an artifact has no history to follow', () => {
    const before = tree(file('service.yaml', 'kind: Service\n'));
    const after = tree(file('svc.yaml', 'kind: Service\n'));
    expect(listed(before, after)).toBe('D\tservice.yaml\nA\tsvc.yaml');
  });

  it('lists no directory whose files are listed, as git does', () => {
    const after = tree(directory('base'), file('base/a.yaml', 'a: 1\n'));
    expect(listed(tree(), after)).toBe('A\tbase/a.yaml');
  });

  it('lists an empty directory added, with a trailing slash: nothing else would show it', () => {
    expect(listed(tree(), tree(directory('empty')))).toBe('A\tempty/');
  });

  it('lists nothing for the same files', () => {
    const same = tree(directory('base'), file('base/a.yaml', 'a: 1\n'));
    expect(diffTrees(same, tree(...same.values()))).toEqual([]);
  });

  it('lists a file that became a directory as a change of kind, T', () => {
    const before = tree(file('conf', 'x\n'));
    const after = tree(directory('conf'));
    expect(listed(before, after)).toBe('T\tconf/');
  });
});
