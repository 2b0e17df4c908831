// Package pinup is the evaluation module of pinatavet: an application
// that stores files on Pinata, written the way such code is written.
// Each line holding a hardcoded credential that pinatavet must report
// ends with a comment saying leak; every other line must stay quiet.
package pinup
