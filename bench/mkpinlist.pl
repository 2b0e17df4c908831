#!/usr/bin/env perl
# bench/mkpinlist.pl N: a Pinata pin list as its API returns it (pinList),
# N rows on one line, each naming Pinata twice: the one-line JSON export
# that once made the scanner quadratic (issue 12, item 1). 32,000 rows are
# about 15 MB. Deterministic: the same N gives the same bytes.
use strict;
use warnings;
my $n = shift // 32000;
my $seed = 1;
sub rnd { $seed = ($seed * 1103515245 + 12345) % 2147483648; return $seed; }
sub pick { my ($alphabet, $len) = @_; my $s = ''; $s .= substr($alphabet, rnd() % length($alphabet), 1) for 1 .. $len; return $s; }
my $hex = '0123456789abcdef';
my $b58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
sub uuid { return join('-', pick($hex, 8), pick($hex, 4), '4' . pick($hex, 3), '8' . pick($hex, 3), pick($hex, 12)); }
binmode STDOUT;
print "{\"count\":$n,\"rows\":[";
for my $i (1 .. $n) {
	print ',' if $i > 1;
	my $d = sprintf('2024-%02d-%02dT%02d:%02d:%02d.%03dZ', 1 + $i % 12, 1 + $i % 28, $i % 24, $i % 60, ($i * 7) % 60, $i % 1000);
	print '{"id":"', uuid(), '","ipfs_pin_hash":"Qm', pick($b58, 44), '","size":', 1000 + rnd() % 900000,
	  ',"user_id":"', uuid(), '","date_pinned":"', $d, '","date_unpinned":null,',
	  '"metadata":{"name":"pinata-upload-', $i, '.png","keyvalues":{"app":"pinata-gallery","batch":"', $i % 97, '"}},',
	  '"regions":[{"regionId":"FRA1","currentReplicationCount":1,"desiredReplicationCount":1}],',
	  '"mime_type":"image/png","number_of_files":1}';
}
print "]}\n";
