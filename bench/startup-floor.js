// The start-up floor the design's libraries set (row 6): a script that loads only @actions/core and
// @actions/github, reads an input and the run's context as an action does, then sends its first
// request to the registry. The bench bundles it with ncc as dist/ is bundled, and runs it with
// the action's environment. BENCH_FIRST_REQUEST is the URL to request.
import * as core from '@actions/core';
import * as github from '@actions/github';
import { get } from 'node:http';
import process from 'node:process';

core.getInput('url');
void github.context.sha;
get(process.env.BENCH_FIRST_REQUEST, (response) => response.resume());
