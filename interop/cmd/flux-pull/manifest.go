package main

import (
	"bytes"

	v1 "github.com/google/go-containerregistry/pkg/v1"
)

// parseManifest returns the media types of the manifest's layers, in order.
func parseManifest(raw []byte) ([]string, error) {
	m, err := v1.ParseManifest(bytes.NewReader(raw))
	if err != nil {
		return nil, err
	}
	types := make([]string, len(m.Layers))
	for i, l := range m.Layers {
		types[i] = string(l.MediaType)
	}
	return types, nil
}
