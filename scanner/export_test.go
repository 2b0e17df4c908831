package scanner

// Hex64RunsForTest exposes hex64Runs to the external tests.
var Hex64RunsForTest = hex64Runs
