// flux-push pushes a directory (or file) as a Flux OCI artifact exactly as
// `flux push artifact --source --revision` does, with fluxcd/pkg/oci's Client.Push, and prints
// one line of JSON: {"digest":"sha256:…","url":"<host>/<repo>@sha256:…"}
//
// Usage: flux-push --url <ref:tag> --path <dir> --source <s> --revision <r>
//
//	[--ignore-paths <p>]… [--add-ignore-paths <p>]… [--annotations k=v]… [--reproducible]
//	[--creds u:p] [--insecure]
//
// As in flux, --ignore-paths replaces the default (sourceignore.ExcludeVCS and ExcludeExt), each
// value may hold several comma-separated patterns, and --reproducible sets the created time to
// the Unix epoch (otherwise it is the current time).
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	fluxoci "github.com/fluxcd/pkg/oci"
	"github.com/google/go-containerregistry/pkg/name"

	"github.com/publish-oci-artifact/publish-oci-artifact/interop/internal/cli"
)

func main() {
	fs := flag.NewFlagSet("flux-push", flag.ExitOnError)
	var reg cli.Registry
	reg.Register(fs)
	url := fs.String("url", "", "artifact reference host:port/repo:tag (oci:// optional)")
	path := fs.String("path", "", "directory or file to push")
	source := fs.String("source", "", "org.opencontainers.image.source")
	revision := fs.String("revision", "", "org.opencontainers.image.revision")
	reproducible := fs.Bool("reproducible", false, "created = Unix epoch, as flux push artifact --reproducible")
	var ignore, addIgnore, annotations cli.Strings
	fs.Var(&ignore, "ignore-paths", "paths to ignore in .gitignore format (repeatable, comma-separated; replaces flux's default)")
	fs.Var(&addIgnore, "add-ignore-paths", "paths to ignore, appended to --ignore-paths (repeatable, comma-separated)")
	fs.Var(&annotations, "annotations", "extra annotation key=value (repeatable)")
	cli.Parse(fs, os.Args[1:])

	ref, err := reg.ParseReference("url", *url)
	cli.Check(err)
	tag, ok := ref.(name.Tag)
	if !ok {
		cli.Fail(cli.ExitError, cli.Usagef("--url must be a tag reference, got %q", *url))
	}
	if *source == "" {
		cli.Fail(cli.ExitError, cli.Usagef("--source is required"))
	}
	if *revision == "" {
		cli.Fail(cli.ExitError, cli.Usagef("--revision is required"))
	}
	if *path == "" {
		cli.Fail(cli.ExitError, cli.Usagef("--path is required"))
	}
	if _, err := os.Stat(*path); err != nil {
		cli.Fail(cli.ExitError, fmt.Errorf("invalid path '%s', must point to an existing directory or file: %w", *path, err))
	}

	ann := map[string]string{}
	for _, a := range annotations {
		kv := strings.Split(a, "=")
		if len(kv) != 2 {
			cli.Fail(cli.ExitError, cli.Usagef("invalid annotation %s, must be in the format key=value", a))
		}
		ann[kv[0]] = kv[1]
	}
	meta := fluxoci.Metadata{Source: *source, Revision: *revision, Annotations: ann}
	if *reproducible {
		meta.Created = time.Unix(0, 0).Format(time.RFC3339)
	}

	ignorePaths := cli.IgnorePaths(ignore, addIgnore)

	opts, err := reg.CraneOptions()
	cli.Check(err)
	client := fluxoci.NewClient(opts)
	digestURL, err := client.Push(context.Background(), tag.String(), *path,
		fluxoci.WithPushMetadata(meta),
		fluxoci.WithPushIgnorePaths(ignorePaths...),
	)
	if err != nil {
		cli.Fail(cli.ExitError, fmt.Errorf("pushing artifact failed: %w", err))
	}
	d, err := name.NewDigest(digestURL, reg.NameOptions()...)
	cli.Check(err)
	cli.PrintJSON(map[string]string{"digest": d.DigestStr(), "url": d.String()})
}
