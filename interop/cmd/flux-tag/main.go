// flux-tag tags an artifact as `flux tag artifact` does (fluxcd/pkg/oci Client.Tag, one call per
// tag) and prints one line of JSON: {"digest":"sha256:…","tags":["<tag>",…]}
//
// Usage: flux-tag --url <ref> --tag <t> [--tag <t>]… [--creds u:p] [--insecure]
package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	fluxoci "github.com/fluxcd/pkg/oci"
	"github.com/google/go-containerregistry/pkg/crane"

	"github.com/publish-oci-artifact/publish-oci-artifact/interop/internal/cli"
)

func main() {
	fs := flag.NewFlagSet("flux-tag", flag.ExitOnError)
	var reg cli.Registry
	reg.Register(fs)
	url := fs.String("url", "", "artifact reference host:port/repo:tag or …@sha256:… (oci:// optional)")
	var tags cli.Strings
	fs.Var(&tags, "tag", "tag to add (repeatable)")
	cli.Parse(fs, os.Args[1:])

	ref, err := reg.ParseReference("url", *url)
	cli.Check(err)
	if len(tags) == 0 {
		cli.Fail(cli.ExitError, cli.Usagef("--tag is required"))
	}
	opts, err := reg.CraneOptions()
	cli.Check(err)
	client := fluxoci.NewClient(opts)
	ctx := context.Background()
	for _, t := range tags {
		if _, err := client.Tag(ctx, ref.String(), t); err != nil {
			cli.Fail(cli.ExitError, fmt.Errorf("tagging artifact failed: %w", err))
		}
	}
	digest, err := crane.Digest(ref.String(), append([]crane.Option{crane.WithContext(ctx)}, client.GetOptions()...)...)
	cli.Check(err)
	cli.PrintJSON(map[string]any{"digest": digest, "tags": []string(tags)})
}
