// referrers-registry serves an in-memory OCI registry with the OCI 1.1 referrers API
// (go-containerregistry's pkg/registry with WithReferrersSupport(true)) on a loopback port.
// Once it accepts connections it prints exactly one line to stdout:
//
//	listening on 127.0.0.1:<port>
//
// The referrers listing reports each manifest's own artifactType and applies the artifactType
// filter (see fixReferrers). It serves until SIGTERM or SIGINT, then exits 0. Requests are logged to stderr with --verbose.
//
// Usage: referrers-registry [--addr 127.0.0.1:0] [--verbose]
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/google/go-containerregistry/pkg/registry"

	"github.com/publish-oci-artifact/publish-oci-artifact/interop/internal/cli"
)

func main() {
	fs := flag.NewFlagSet("referrers-registry", flag.ExitOnError)
	addr := fs.String("addr", "127.0.0.1:0", "address to listen on (port 0: a free port)")
	verbose := fs.Bool("verbose", false, "log requests to stderr")
	cli.Parse(fs, os.Args[1:])

	logger := log.New(io.Discard, "", 0)
	if *verbose {
		logger = log.New(os.Stderr, "referrers-registry: ", log.LstdFlags)
	}
	ln, err := net.Listen("tcp", *addr)
	cli.Check(err)
	srv := &http.Server{
		Handler:           fixReferrers(registry.New(registry.WithReferrersSupport(true), registry.Logger(logger))),
		ReadHeaderTimeout: 30 * time.Second,
		ErrorLog:          logger,
	}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	// The listener accepts connections from here on (the kernel queues them until Serve runs).
	fmt.Fprintf(os.Stdout, "listening on %s\n", ln.Addr().String())

	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGTERM, syscall.SIGINT)
	select {
	case <-sig:
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(ctx)
		os.Exit(0)
	case err := <-done:
		if err != nil && !errors.Is(err, http.ErrServerClosed) {
			cli.Fail(cli.ExitError, err)
		}
	}
}
