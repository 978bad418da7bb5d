// flux-diff compares a local directory (or file) with the artifact at a reference as
// `flux diff artifact --path` does (fluxcd/flux2 cmd/flux/diff_artifact.go), with fluxcd/pkg/oci's
// Client.Diff: it packs the path as `flux push` would, pulls the artifact's manifest and compares
// the first layer's digest and size. Prints one line of JSON: {"changed":false} or {"changed":true}.
//
// Usage: flux-diff --url <ref> --path <p> [--ignore-paths <p>]… [--creds u:p] [--insecure]
//
// Exit codes follow the interop convention: 0 unchanged, 1 changed (the verdict), 2 error.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	fluxoci "github.com/fluxcd/pkg/oci"

	"github.com/publish-oci-artifact/publish-oci-artifact/interop/internal/cli"
)

// differs is the error Client.Diff returns when the contents differ (fluxcd/pkg/oci diff.go); any
// other error is operational.
const differs = "the remote artifact contents differs from the local one"

func main() {
	fs := flag.NewFlagSet("flux-diff", flag.ExitOnError)
	var reg cli.Registry
	reg.Register(fs)
	url := fs.String("url", "", "artifact reference host:port/repo:tag or …@sha256:… (oci:// optional)")
	path := fs.String("path", "", "directory or file to compare")
	var ignore cli.Strings
	fs.Var(&ignore, "ignore-paths", "paths to ignore in .gitignore format (repeatable, comma-separated; replaces flux's default)")
	cli.Parse(fs, os.Args[1:])

	ref, err := reg.ParseReference("url", *url)
	cli.Check(err)
	if *path == "" {
		cli.Fail(cli.ExitError, cli.Usagef("--path is required"))
	}
	if _, err := os.Stat(*path); err != nil {
		cli.Fail(cli.ExitError, fmt.Errorf("invalid path '%s', must point to an existing directory or file", *path))
	}
	opts, err := reg.CraneOptions()
	cli.Check(err)
	err = fluxoci.NewClient(opts).Diff(context.Background(), ref.String(), *path, cli.IgnorePaths(ignore, nil))
	switch {
	case err == nil:
		cli.PrintJSON(map[string]bool{"changed": false})
	case err.Error() == differs:
		cli.PrintJSON(map[string]bool{"changed": true})
		os.Exit(cli.ExitVerdict)
	default:
		cli.Fail(cli.ExitError, err)
	}
}
