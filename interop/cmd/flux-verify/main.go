// flux-verify verifies an artifact's cosign signatures the way source-controller 1.9's
// OCIRepository does with `provider: cosign` (see internal/fluxverify).
//
// Usage: flux-verify --url <ref> [--key cosign.pub]… [--issuer <regexp> --subject <regexp>]…
//
//	[--trusted-root trusted_root.json] [--check-claims] [--creds u:p] [--insecure]
//
// Exit 0 and {"verified":true,"digest":"sha256:…","format":"bundle"|"legacy","signatures":N} on
// stdout when it verifies; exit 1 with "no matching signatures were found for '<ref>': <reason>"
// (and Flux's condition message on a second line) when it does not; exit 2 on usage or
// operational errors.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"

	"github.com/google/go-containerregistry/pkg/v1/remote"
	"github.com/sigstore/cosign/v3/pkg/cosign"

	"github.com/publish-oci-artifact/publish-oci-artifact/interop/internal/cli"
	"github.com/publish-oci-artifact/publish-oci-artifact/interop/internal/fluxverify"
)

func main() {
	fs := flag.NewFlagSet("flux-verify", flag.ExitOnError)
	var reg cli.Registry
	reg.Register(fs)
	url := fs.String("url", "", "artifact reference host:port/repo:tag or …@sha256:… (oci:// optional)")
	var keys, issuers, subjects cli.Strings
	fs.Var(&keys, "key", "cosign public key (PEM file); repeatable, like the .pub entries of spec.verify.secretRef")
	fs.Var(&issuers, "issuer", "matchOIDCIdentity issuer regexp (repeatable, paired in order with --subject)")
	fs.Var(&subjects, "subject", "matchOIDCIdentity subject regexp (repeatable, paired in order with --issuer)")
	trustedRoot := fs.String("trusted-root", "", "trusted_root.json for keyless verification (spec.verify.trustedRootSecretRef)")
	checkClaims := fs.Bool("check-claims", false, "on the .sig path also check the payload's digest claim, as cosign verify does (Flux does not)")
	cli.Parse(fs, os.Args[1:])

	ref, err := reg.ParseReference("url", *url)
	cli.Check(err)
	if len(issuers) != len(subjects) {
		cli.Fail(cli.ExitError, cli.Usagef("--issuer and --subject come in pairs (got %d and %d)", len(issuers), len(subjects)))
	}
	o := fluxverify.Options{NameOptions: reg.NameOptions(), CheckClaims: *checkClaims}
	o.RemoteOptions, err = reg.RemoteOptions()
	cli.Check(err)
	for _, k := range keys {
		b, err := os.ReadFile(k)
		cli.Check(err)
		o.PublicKeys = append(o.PublicKeys, b)
	}
	if len(keys) > 0 && (len(issuers) > 0 || *trustedRoot != "") {
		fmt.Fprintln(os.Stderr, "flux-verify: --key given: --issuer/--subject/--trusted-root are ignored, as Flux ignores them with a secretRef")
	}
	for i := range issuers {
		o.Identities = append(o.Identities, cosign.Identity{IssuerRegExp: issuers[i], SubjectRegExp: subjects[i]})
	}
	if *trustedRoot != "" && len(keys) == 0 {
		o.TrustedRoot, err = os.ReadFile(*trustedRoot)
		cli.Check(err)
	}

	ctx := context.Background()
	// OCIRepository resolves the reference to its digest first and verifies that digest.
	desc, err := remote.Head(ref, append([]remote.Option{remote.WithContext(ctx)}, o.RemoteOptions...)...)
	if err != nil {
		cli.Fail(cli.ExitError, fmt.Errorf("failed to determine artifact digest: %w", err))
	}
	digestRef := ref.Context().Digest(desc.Digest.String())

	res, err := fluxverify.Verify(ctx, digestRef, o)
	var neg *fluxverify.NegativeError
	if errors.As(err, &neg) {
		fmt.Fprintf(os.Stderr, "flux-verify: %v\nflux: %s\n", neg, neg.Flux)
		os.Exit(cli.ExitVerdict)
	}
	cli.Check(err)
	cli.PrintJSON(map[string]any{"verified": true, "digest": desc.Digest.String(), "format": res.Format, "signatures": res.Signatures})
}
