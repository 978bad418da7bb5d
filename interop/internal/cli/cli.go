// Package cli holds what the interop commands share: flag helpers, reference parsing,
// registry options, JSON output and the exit-code convention (0 success, 1 negative verdict,
// 2 usage or operational error).
package cli

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/google/go-containerregistry/pkg/authn"
	"github.com/google/go-containerregistry/pkg/crane"
	"github.com/google/go-containerregistry/pkg/name"
	"github.com/google/go-containerregistry/pkg/v1/remote"

	fluxoci "github.com/fluxcd/pkg/oci"
	"github.com/fluxcd/pkg/sourceignore"
)

const (
	ExitVerdict = 1
	ExitError   = 2
)

// Strings is a repeatable string flag.
type Strings []string

func (s *Strings) String() string     { return strings.Join(*s, ",") }
func (s *Strings) Set(v string) error { *s = append(*s, v); return nil }

// Registry holds the flags every command that talks to a registry has.
type Registry struct {
	Creds    string
	Insecure bool
}

// Register adds --creds and --insecure to fs.
func (r *Registry) Register(fs *flag.FlagSet) {
	fs.StringVar(&r.Creds, "creds", "", "registry credentials <user>:<password> (or a token), as flux's --creds; default: Docker config, else anonymous")
	fs.BoolVar(&r.Insecure, "insecure", false, "use plain HTTP (loopback registries use it anyway)")
}

// NameOptions are the options for parsing references.
func (r *Registry) NameOptions() []name.Option {
	if r.Insecure {
		return []name.Option{name.Insecure}
	}
	return nil
}

// Authenticator returns the static credentials, or nil to use the default keychain.
func (r *Registry) Authenticator() (authn.Authenticator, error) {
	if r.Creds == "" {
		return nil, nil
	}
	return fluxoci.GetAuthFromCredentials(r.Creds)
}

// CraneOptions are the options for fluxcd/pkg/oci's client, as the flux CLI builds them.
func (r *Registry) CraneOptions() ([]crane.Option, error) {
	opts := fluxoci.DefaultOptions()
	auth, err := r.Authenticator()
	if err != nil {
		return nil, fmt.Errorf("could not login with credentials: %w", err)
	}
	if auth != nil {
		opts = append(opts, crane.WithAuth(auth))
	}
	if r.Insecure {
		opts = append(opts, crane.Insecure)
	}
	return opts, nil
}

// RemoteOptions are the go-containerregistry remote options (auth only; the context is added by
// the caller).
func (r *Registry) RemoteOptions() ([]remote.Option, error) {
	auth, err := r.Authenticator()
	if err != nil {
		return nil, fmt.Errorf("could not login with credentials: %w", err)
	}
	if auth != nil {
		return []remote.Option{remote.WithAuth(auth)}, nil
	}
	return []remote.Option{remote.WithAuthFromKeychain(authn.DefaultKeychain)}, nil
}

// TrimURL accepts `host:port/repo:tag`, `host:port/repo@sha256:…` and the same with `oci://`.
func TrimURL(u string) string {
	return strings.TrimPrefix(u, fluxoci.OCIRepositoryPrefix)
}

// ParseReference parses a reference given as a flag, accepting an `oci://` prefix.
func (r *Registry) ParseReference(flagName, u string) (name.Reference, error) {
	if u == "" {
		return nil, Usagef("--%s is required", flagName)
	}
	ref, err := name.ParseReference(TrimURL(u), r.NameOptions()...)
	if err != nil {
		return nil, Usagef("--%s %q: %v", flagName, u, err)
	}
	return ref, nil
}

// UsageError is an error in how the command was called.
type UsageError struct{ msg string }

func (e *UsageError) Error() string { return e.msg }

// Usagef returns a UsageError.
func Usagef(format string, args ...any) error { return &UsageError{fmt.Sprintf(format, args...)} }

// Parse parses the flags and rejects positional arguments. -h exits 0; bad flags exit 2.
func Parse(fs *flag.FlagSet, args []string) {
	fs.Init(fs.Name(), flag.ExitOnError)
	_ = fs.Parse(args)
	if fs.NArg() > 0 {
		Fail(ExitError, fmt.Errorf("unexpected argument %q (all inputs are flags)", fs.Arg(0)))
	}
}

// PrintJSON writes v to stdout as one line of JSON.
func PrintJSON(v any) {
	b, err := json.Marshal(v)
	if err != nil {
		Fail(ExitError, err)
	}
	os.Stdout.Write(append(b, '\n'))
}

// Fail prints the error on stderr, prefixed with the command name, and exits with code.
func Fail(code int, err error) {
	fmt.Fprintf(os.Stderr, "%s: %v\n", progName(), err)
	os.Exit(code)
}

// Check exits 2 with the error when err is not nil.
func Check(err error) {
	if err != nil {
		Fail(ExitError, err)
	}
}

func progName() string {
	p := os.Args[0]
	if i := strings.LastIndexByte(p, '/'); i >= 0 {
		p = p[i+1:]
	}
	return p
}

// IgnorePaths are the paths flux push and flux diff leave out: --ignore-paths, which replaces the
// default (sourceignore.ExcludeVCS and ExcludeExt, flux's excludeOCI), then --add-ignore-paths.
// Each value may hold several comma-separated patterns, as pflag's StringSlice splits them.
func IgnorePaths(ignore, add Strings) []string {
	paths := splitAll(ignore)
	if len(ignore) == 0 {
		paths = append(strings.Split(sourceignore.ExcludeVCS, ","), strings.Split(sourceignore.ExcludeExt, ",")...)
	}
	return append(paths, splitAll(add)...)
}

func splitAll(values []string) []string {
	var out []string
	for _, v := range values {
		for _, p := range strings.Split(v, ",") {
			if p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}
