// Package fluxverify verifies an OCI artifact's cosign signatures with the semantics of
// source-controller 1.9's OCIRepository (spec.verify.provider: cosign), written against the
// public packages of cosign v3:
//
//   - bundles first: cosign.GetBundles lists the digest's referrers (OCI 1.1 referrers API, or the
//     `sha256-<hex>` referrers tag schema when the registry has no API) and keeps those that parse
//     as Sigstore bundles; when there are none (or listing fails) it falls back to the legacy
//     `.sig` tag (cosign.VerifyImageSignatures), else it verifies only the bundles
//     (cosign.VerifyImageAttestations with NewBundleFormat: a bundle must hold a DSSE envelope,
//     whose in-toto subject must be the digest);
//   - key mode: Offline and IgnoreTlog, as Flux sets them; every key is tried, one match is enough;
//   - keyless: identities from matchOIDCIdentity, trust material from a trusted_root.json
//     (spec.verify.trustedRootSecretRef), a Rekor client for the first tlog baseUrl of that root;
//     SCTs and the transparency log are required (cosign's defaults, which Flux does not change);
//   - no ClaimVerifier, as Flux sets none: on the `.sig` path the payload's digest claim is not
//     compared with the digest (the `.sig` tag name binds it). CheckClaims adds cosign's
//     SimpleClaimVerifier there, as `cosign verify` does.
package fluxverify

import (
	"context"
	"crypto"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"

	"github.com/google/go-containerregistry/pkg/name"
	"github.com/google/go-containerregistry/pkg/v1/remote"
	"github.com/google/go-containerregistry/pkg/v1/remote/transport"
	"github.com/sigstore/cosign/v3/pkg/cosign"
	ociremote "github.com/sigstore/cosign/v3/pkg/oci/remote"
	rekorclient "github.com/sigstore/rekor/pkg/client"
	"github.com/sigstore/sigstore-go/pkg/root"
	"github.com/sigstore/sigstore/pkg/cryptoutils"
	"github.com/sigstore/sigstore/pkg/signature"
)

// Format is what was verified.
type Format string

const (
	FormatBundle Format = "bundle"
	FormatLegacy Format = "legacy"
)

// Result of one successful verification.
type Result struct {
	Format     Format
	Signatures int
}

// Options configure a verification.
type Options struct {
	RemoteOptions []remote.Option
	NameOptions   []name.Option
	// PublicKeys (PEM) select key mode; Identities and TrustedRoot are then ignored, as in Flux.
	PublicKeys [][]byte
	Identities []cosign.Identity
	// TrustedRoot is trusted_root.json; required for keyless verification here.
	TrustedRoot []byte
	CheckClaims bool
}

// NegativeError is a verdict: the artifact's signatures do not verify.
type NegativeError struct {
	Ref    name.Digest
	Reason error
	// Flux is the message OCIRepository would put in its SourceVerified condition.
	Flux string
}

func (e *NegativeError) Error() string {
	return fmt.Sprintf("no matching signatures were found for '%s': %v", e.Ref, e.Reason)
}

func (e *NegativeError) Unwrap() error { return e.Reason }

// Verify verifies ref (a digest reference). It returns a *NegativeError for a negative verdict
// and other errors for operational failures (bad inputs, unreachable registry or Rekor).
func Verify(ctx context.Context, ref name.Digest, o Options) (Result, error) {
	regOpts := []ociremote.Option{ociremote.WithRemoteOptions(append([]remote.Option{remote.WithContext(ctx)}, o.RemoteOptions...)...)}

	if len(o.PublicKeys) > 0 {
		var reasons []error
		for i, pem := range o.PublicKeys {
			co := &cosign.CheckOpts{NewBundleFormat: true, RegistryClientOpts: regOpts, Offline: true, IgnoreTlog: true}
			pub, err := cryptoutils.UnmarshalPEMToPublicKey(pem)
			if err != nil {
				return Result{}, fmt.Errorf("key %d: %w", i+1, err)
			}
			if co.SigVerifier, err = signature.LoadVerifier(pub, crypto.SHA256); err != nil {
				return Result{}, fmt.Errorf("key %d: %w", i+1, err)
			}
			res, err := verifyWith(ctx, ref, co, o)
			if err == nil && res.Signatures > 0 {
				return res, nil
			}
			if err != nil && operational(err) {
				return Result{}, err
			}
			if err == nil {
				err = errors.New("no signatures verified")
			}
			if len(o.PublicKeys) > 1 {
				err = fmt.Errorf("key %d: %w", i+1, err)
			}
			reasons = append(reasons, err)
		}
		msg := fmt.Sprintf("no matching signatures were found for '%s'", ref)
		return Result{}, &NegativeError{Ref: ref, Reason: errors.Join(reasons...),
			Flux: fmt.Sprintf("failed to verify the signature using provider 'cosign': %s", msg)}
	}

	if len(o.TrustedRoot) == 0 {
		return Result{}, errors.New("keyless verification needs --trusted-root: without it Flux uses the public-good Sigstore TUF root, which is not reachable here")
	}
	tr, err := root.NewTrustedRootFromJSON(o.TrustedRoot)
	if err != nil {
		return Result{}, fmt.Errorf("unable to parse trusted root: %w", err)
	}
	rekorURL := ""
	for _, l := range tr.RekorLogs() {
		if l.BaseURL != "" {
			rekorURL = l.BaseURL
			break
		}
	}
	if rekorURL == "" {
		return Result{}, errors.New("unable to extract Rekor URL from trusted root: no transparency log entry with a BaseURL found in trusted root")
	}
	rc, err := rekorclient.GetRekorClient(rekorURL)
	if err != nil {
		return Result{}, fmt.Errorf("unable to create Rekor client: %w", err)
	}
	co := &cosign.CheckOpts{NewBundleFormat: true, RegistryClientOpts: regOpts, Identities: o.Identities, TrustedMaterial: tr, RekorClient: rc}
	res, err := verifyWith(ctx, ref, co, o)
	if err != nil {
		if operational(err) {
			return Result{}, err
		}
		return Result{}, &NegativeError{Ref: ref, Reason: err,
			Flux: fmt.Sprintf("failed to verify the signature using provider 'cosign keyless': %v", err)}
	}
	if res.Signatures == 0 {
		msg := fmt.Sprintf("no matching signatures were found for '%s'", ref)
		return Result{}, &NegativeError{Ref: ref, Reason: errors.New("no signatures verified"),
			Flux: fmt.Sprintf("failed to verify the signature using provider 'cosign keyless': %s", msg)}
	}
	return res, nil
}

// verifyWith is source-controller's CosignVerifier.Verify.
func verifyWith(ctx context.Context, ref name.Digest, base *cosign.CheckOpts, o Options) (Result, error) {
	co := *base
	bundles, _, err := cosign.GetBundles(ctx, ref, co.RegistryClientOpts, o.NameOptions...)
	if len(bundles) == 0 || err != nil {
		co.NewBundleFormat = false
		if o.CheckClaims {
			co.ClaimVerifier = cosign.SimpleClaimVerifier
		}
		sigs, _, err := cosign.VerifyImageSignatures(ctx, ref, &co)
		return Result{Format: FormatLegacy, Signatures: len(sigs)}, err
	}
	co.NewBundleFormat = true
	atts, _, err := cosign.VerifyImageAttestations(ctx, ref, &co, o.NameOptions...)
	return Result{Format: FormatBundle, Signatures: len(atts)}, err
}

// operational tells failures to reach a service (or to be let in) from verdicts.
func operational(err error) bool {
	var ue *url.Error
	var ne *net.OpError
	if errors.As(err, &ue) || errors.As(err, &ne) {
		return true
	}
	var te *transport.Error
	if errors.As(err, &te) {
		return te.StatusCode == http.StatusUnauthorized || te.StatusCode == http.StatusForbidden || te.StatusCode >= 500
	}
	return false
}
