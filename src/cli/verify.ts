// `verify <url>`: are the artifact's signatures ones Flux would accept under this policy, and if
// not, what is there and which `verify:` block would match it. Exit 0 verified, 1 not, 2 error.
import type { Consumer } from '../verify/index.js';
import { verifyArtifact } from '../verify/index.js';
import { reportJSON, reportText } from '../verify/report.js';
import { OUTPUT_FORMAT_FLAG, outputFormat, runCommand, type CommandSpec } from './command.js';
import { resolveArtifact } from './artifact.js';
import { REGISTRY_FLAGS } from './repository.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { VERIFICATION_FLAGS, verificationPolicy } from './verification-flags.js';

const SPEC: CommandSpec = {
  name: 'verify',
  usage:
    'verify <oci://host/repo[:tag|@digest] | oci-layout:dir[:tag]> (--key <cosign.pub> | ' +
    '--certificate-identity[-regexp] <v> --certificate-oidc-issuer[-regexp] <v> [--trusted-root <file>])',
  description: [
    "Verifies the artifact's cosign signatures as Flux's OCIRepository (provider: cosign) does.",
    'Flux ≥ 2.8 and cosign v3 read the Sigstore bundles among its referrers, and the legacy',
    '`.sig` tag only when there is no bundle; Flux < 2.8 and cosign v2 read the `.sig` tag only.',
    'Both verdicts are printed; the exit status follows the first unless --legacy is given.',
    'When the verdict is negative, every signature found is listed (format, identity and issuer',
    'or key, and why it did not verify) with the verify: block that would match them.',
  ].join('\n'),
  positionals: ['<url>'],
  flags: [
    ...VERIFICATION_FLAGS,
    {
      name: 'legacy',
      type: 'boolean',
      description: 'Let the verdict of Flux < 2.8 and cosign v2 (the .sig tag only) decide.',
    },
    OUTPUT_FORMAT_FLAG,
    ...REGISTRY_FLAGS,
  ],
  negative: 'not verified',
};

export function run(argv: string[]): Promise<ExitCode> {
  return runCommand(SPEC, argv, async ({ args, values, log }) => {
    const format = outputFormat(values);
    const policy = await verificationPolicy(values, log);
    const decidedBy: Consumer = values.legacy ? 'legacy' : 'flux';
    const { repository, manifest, name } = await resolveArtifact(args[0]!, {
      values,
      log,
    });
    const report = await verifyArtifact(repository, manifest.digest, policy, decidedBy);
    process.stdout.write(
      format === 'json'
        ? `${JSON.stringify(reportJSON(report, name, decidedBy))}\n`
        : `${reportText(report, name, decidedBy)}\n`,
    );
    return report.verdicts[decidedBy].verified ? EXIT.ok : EXIT.negative;
  });
}
