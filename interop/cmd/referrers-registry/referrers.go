package main

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
)

// fixReferrers wraps go-containerregistry's registry, whose referrers listing (v0.22) reports each
// referrer's config media type as its artifactType and ignores the artifactType filter. OCI 1.1
// says artifactType is the manifest's artifactType when it has one (else the config media type),
// and a registry that applies the filter says so in OCI-Filters-Applied. Clients such as oras
// filter by artifactType themselves when the header is missing, so the wrong value hides bundles.
func fixReferrers(inner http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		repo, ok := referrersRepo(r)
		if !ok {
			inner.ServeHTTP(w, r)
			return
		}
		rec := httptest.NewRecorder()
		inner.ServeHTTP(rec, r)
		var index struct {
			SchemaVersion int              `json:"schemaVersion"`
			MediaType     string           `json:"mediaType"`
			Manifests     []map[string]any `json:"manifests"`
		}
		if rec.Code != http.StatusOK || json.Unmarshal(rec.Body.Bytes(), &index) != nil {
			copyResponse(w, rec)
			return
		}
		filter := r.URL.Query().Get("artifactType")
		kept := make([]map[string]any, 0, len(index.Manifests))
		for _, d := range index.Manifests {
			if at := manifestArtifactType(inner, r, repo, d); at != "" {
				d["artifactType"] = at
			}
			if filter == "" || d["artifactType"] == filter {
				kept = append(kept, d)
			}
		}
		index.Manifests = kept
		body, _ := json.Marshal(index)
		for k, v := range rec.Header() {
			w.Header()[k] = v
		}
		if filter != "" {
			w.Header().Set("OCI-Filters-Applied", "artifactType")
		}
		w.Header().Set("Content-Length", strconv.Itoa(len(body)))
		w.WriteHeader(http.StatusOK)
		if r.Method != http.MethodHead {
			w.Write(body)
		}
	})
}

// referrersRepo matches GET/HEAD /v2/<repo>/referrers/<digest>.
func referrersRepo(r *http.Request) (string, bool) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		return "", false
	}
	p := strings.TrimPrefix(r.URL.Path, "/v2/")
	i := strings.LastIndex(p, "/referrers/")
	if p == r.URL.Path || i <= 0 {
		return "", false
	}
	return p[:i], true
}

// manifestArtifactType reads the referrer's manifest through the inner handler.
func manifestArtifactType(inner http.Handler, orig *http.Request, repo string, d map[string]any) string {
	digest, _ := d["digest"].(string)
	mt, _ := d["mediaType"].(string)
	req := httptest.NewRequest(http.MethodGet, "/v2/"+repo+"/manifests/"+digest, nil).WithContext(orig.Context())
	if mt != "" {
		req.Header.Set("Accept", mt)
	}
	rec := httptest.NewRecorder()
	inner.ServeHTTP(rec, req)
	var m struct {
		ArtifactType string `json:"artifactType"`
	}
	if rec.Code != http.StatusOK || json.NewDecoder(bytes.NewReader(rec.Body.Bytes())).Decode(&m) != nil {
		return ""
	}
	return m.ArtifactType
}

func copyResponse(w http.ResponseWriter, rec *httptest.ResponseRecorder) {
	for k, v := range rec.Header() {
		w.Header()[k] = v
	}
	w.WriteHeader(rec.Code)
	w.Write(rec.Body.Bytes())
}
