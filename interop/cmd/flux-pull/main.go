// flux-pull pulls a Flux OCI artifact and extracts it the way `flux pull artifact` and
// source-controller do, with fluxcd/pkg/oci's Client.Pull (fluxcd/pkg/tar: symlinks skipped,
// Flux's name checks, no size limit), then prints the metadata it read as one line of JSON:
//
//	{"digest":"sha256:…","url":"…","source":"…","revision":"…"}
//
// Usage: flux-pull --url <ref> --output <dir> [--layer-media-type <mt>] [--creds u:p] [--insecure]
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	fluxoci "github.com/fluxcd/pkg/oci"
	"github.com/google/go-containerregistry/pkg/crane"

	"github.com/publish-oci-artifact/publish-oci-artifact/interop/internal/cli"
)

func main() {
	fs := flag.NewFlagSet("flux-pull", flag.ExitOnError)
	var reg cli.Registry
	reg.Register(fs)
	url := fs.String("url", "", "artifact reference host:port/repo:tag or host:port/repo@sha256:… (oci:// optional)")
	output := fs.String("output", "", "directory to extract into (created when missing)")
	mediaType := fs.String("layer-media-type", "", "extract the first layer with this media type (as OCIRepository spec.layerSelector.mediaType); default layer 0")
	cli.Parse(fs, os.Args[1:])

	ref, err := reg.ParseReference("url", *url)
	cli.Check(err)
	if *output == "" {
		cli.Fail(cli.ExitError, cli.Usagef("--output is required"))
	}
	cli.Check(os.MkdirAll(*output, 0o755))

	opts, err := reg.CraneOptions()
	cli.Check(err)
	client := fluxoci.NewClient(opts)
	ctx := context.Background()
	u := ref.String()

	var pullOpts []fluxoci.PullOption
	if *mediaType != "" {
		// source-controller selects the first layer whose media type matches and always untars it
		// (layerSelector.operation: extract, the default).
		m, err := crane.Manifest(u, append([]crane.Option{crane.WithContext(ctx)}, client.GetOptions()...)...)
		cli.Check(err)
		index := -1
		mf, err := parseManifest(m)
		cli.Check(err)
		for i, l := range mf {
			if l == *mediaType {
				index = i
				break
			}
		}
		if index < 0 {
			cli.Fail(cli.ExitError, fmt.Errorf("failed to find layer with media type '%s' in artifact", *mediaType))
		}
		pullOpts = append(pullOpts, fluxoci.WithPullLayerIndex(index), fluxoci.WithPullLayerType(fluxoci.LayerTypeTarball))
	}

	meta, err := client.Pull(ctx, u, *output, pullOpts...)
	cli.Check(err)
	digest := meta.Digest
	if i := strings.LastIndexByte(digest, '@'); i >= 0 {
		digest = digest[i+1:]
	}
	cli.PrintJSON(map[string]string{
		"digest":   digest,
		"url":      meta.URL,
		"source":   meta.Source,
		"revision": meta.Revision,
	})
}
