package scanner

// maxPairDistance is how many lines apart a key and a secret may stand and
// still be taken as one key's two halves.
const maxPairDistance = 10

// linkInFile gives each secret in one file the key id it belongs to: the
// key of a JWT that embeds it, or else the nearest key within a few lines.
func linkInFile(fs []Finding) {
	owner := map[string]string{} // secret → key id, from JWTs
	for _, f := range fs {
		if f.JWT != nil {
			owner[f.JWT.Secret] = f.JWT.KeyID
		}
	}
	for i := range fs {
		s := &fs[i]
		if s.Kind != KindAPISecret || s.KeyID != "" {
			continue
		}
		if id, ok := owner[s.Value]; ok {
			s.KeyID = id
			continue
		}
		best := maxPairDistance + 1
		for _, k := range fs {
			if k.Kind != KindAPIKey {
				continue
			}
			if d := abs(k.Line - s.Line); d < best {
				best, s.KeyID = d, k.Value
			}
		}
	}
}

// Link gives each API secret whose pair is known the key id of its key,
// across findings from many files: a JWT names its key and its secret, and
// a secret linked in one file is linked wherever else it appears.
// It changes the findings in place.
func Link(findings []*Finding) {
	owner := map[string]string{}
	for _, f := range findings {
		switch {
		case f.JWT != nil:
			owner[f.JWT.Secret] = f.JWT.KeyID
		case f.Kind == KindAPISecret && f.KeyID != "":
			if _, ok := owner[f.Value]; !ok {
				owner[f.Value] = f.KeyID
			}
		}
	}
	for _, f := range findings {
		if f.Kind == KindAPISecret && f.KeyID == "" {
			f.KeyID = owner[f.Value]
		}
	}
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
