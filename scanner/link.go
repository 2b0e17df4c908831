package scanner

import "crypto/sha256"

// maxPairDistance is how many lines apart a key and a secret may stand and
// still be taken as one key's two halves.
const maxPairDistance = 10

// ValidKeyID reports whether s has the shape of a Pinata API key id: 20
// lowercase hex characters. Anything else (a JWT's scopedKeyKey can hold
// any text) is never shown or used as a key id.
func ValidKeyID(s string) bool { return isHex(s, 20) }

// Bounds of the linkers' memory, so a file or a scan with millions of
// findings links in constant space.
const (
	// maxHeld is how many findings a file's linker holds back at most
	// while it waits for a key that may still come within maxPairDistance
	// lines; beyond it the oldest goes out linked with what is known.
	maxHeld = 1024
	// maxNearKeys is how many recent keys a file's linker remembers.
	maxNearKeys = 256
	// maxOwners is how many secrets' owners a linker remembers.
	maxOwners = 1 << 16
)

// fileLinker gives each secret in one file the key id it belongs to, as
// findings stream past in order: the key of a JWT in the file that embeds
// it, or else the nearest key within maxPairDistance lines, before or
// after it (the earlier one on a tie). A secret is held back, with every
// finding after it, until maxPairDistance lines have passed (or maxHeld
// findings wait behind it).
type fileLinker struct {
	yield func(Finding) error
	held  []Finding // in order; held[0] is the next to go out
	owner map[string]string
	keys  []nearKey // the most recent keys, in order
}

type nearKey struct {
	line  int
	value string
}

// add takes the next finding in order.
func (l *fileLinker) add(f Finding) error {
	if f.JWT != nil && ValidKeyID(f.JWT.KeyID) {
		if l.owner == nil {
			l.owner = map[string]string{}
		}
		if len(l.owner) < maxOwners {
			l.owner[f.JWT.Secret] = f.JWT.KeyID
		}
	}
	if f.Kind == KindAPIKey {
		if len(l.keys) == maxNearKeys {
			l.keys = append(l.keys[:0], l.keys[1:]...)
		}
		l.keys = append(l.keys, nearKey{f.Line, f.Value})
	}
	l.held = append(l.held, f)
	return l.release(f.Line, false)
}

// release sends out the held findings that nothing after line can change:
// all of them when all is set (the file has ended).
func (l *fileLinker) release(line int, all bool) error {
	n := 0
	for ; n < len(l.held); n++ {
		f := &l.held[n]
		if f.Kind == KindAPISecret && f.KeyID == "" {
			id, certain := l.owner[f.Value]
			// Until maxPairDistance lines have passed, a nearer key or a
			// JWT that embeds this secret may still come.
			if !certain && !all && line <= f.Line+maxPairDistance && len(l.held)-n <= maxHeld {
				break
			}
			if !certain {
				id = l.nearestKey(f.Line)
			}
			f.KeyID = id
		}
		if err := l.yield(*f); err != nil {
			return err
		}
	}
	clear(l.held[:n])
	l.held = append(l.held[:0], l.held[n:]...)
	return nil
}

// nearestKey returns the key nearest to line, within maxPairDistance
// lines; the earlier one on a tie; "" if none.
func (l *fileLinker) nearestKey(line int) string {
	best, id := maxPairDistance+1, ""
	for _, k := range l.keys {
		if d := abs(k.line - line); d < best {
			best, id = d, k.value
		}
	}
	return id
}

// Linker gives API secrets the key id of their key across the files of a
// scan, as findings stream past: a JWT names its key and its secret, and a
// secret linked in one file is linked wherever else it appears. Learn a
// finding when it is found, Link it when it is about to be reported: a
// secret is linked when its owner was learnt before. Memory is bounded: it
// remembers up to 65,536 secrets (by hash) and their key ids.
type Linker struct {
	owner map[[sha256.Size]byte]string
}

// Learn records what f says of a secret's owner.
func (l *Linker) Learn(f *Finding) {
	var secret, id string
	switch {
	case f.JWT != nil:
		secret, id = f.JWT.Secret, f.JWT.KeyID
	case f.Kind == KindAPISecret && f.KeyID != "":
		secret, id = f.Value, f.KeyID
	default:
		return
	}
	if !ValidKeyID(id) {
		return
	}
	if l.owner == nil {
		l.owner = map[[sha256.Size]byte]string{}
	}
	h := sha256.Sum256([]byte(secret))
	if _, ok := l.owner[h]; !ok && len(l.owner) < maxOwners {
		l.owner[h] = id
	}
}

// Link gives f the key id of its key if f is a secret without one whose
// owner was learnt.
func (l *Linker) Link(f *Finding) {
	if f.Kind == KindAPISecret && f.KeyID == "" && l.owner != nil {
		f.KeyID = l.owner[sha256.Sum256([]byte(f.Value))]
	}
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
