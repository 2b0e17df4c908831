#!/usr/bin/perl
# bench/mkhistory.pl SRC COMMITS: writes a git fast-import stream to stdout
# that replays the files of SRC (real code) into COMMITS commits: the first
# three quarters add the files in batches, the last quarter edits files
# already added (a line appended), so history holds both new files and
# changed versions of old ones.
use strict;
use warnings;
use File::Find;

my ($src, $commits) = @ARGV;
die "usage: mkhistory.pl SRC COMMITS\n" unless defined $commits && $commits > 0;
my @files;
find({ no_chdir => 1, wanted => sub {
	return unless -f $_ && !-l $_;
	return if -s _ > (4 << 20); # keep the repository the size of a source tree
	push @files, $_;
} }, $src);
@files = sort @files;
binmode STDOUT;

my $adds = int($commits * 3 / 4) || 1;
my $per = int((@files + $adds - 1) / $adds) || 1;
$adds = int((@files + $per - 1) / $per);
my $edits = $commits > $adds ? $commits - $adds : 0;
my $t = 1700000000;
my $n = 0;
sub commit_header {
	my ($msg) = @_;
	$n++;
	my $ts = $t + $n * 60;
	print "commit refs/heads/main\n";
	print "author Bench <bench\@example.com> $ts +0000\ncommitter Bench <bench\@example.com> $ts +0000\n";
	print "data ", length($msg), "\n$msg\n";
}
sub put {
	my ($path, $data) = @_;
	(my $rel = $path) =~ s{^\Q$src\E/?}{};
	$rel =~ s/[\n"\\]/_/g;
	print "M 100644 inline $rel\ndata ", length($data), "\n", $data, "\n";
}
sub slurp {
	my ($path) = @_;
	open(my $fh, '<:raw', $path) or return undef;
	local $/;
	my $d = <$fh>;
	close $fh;
	return defined $d ? $d : '';
}
for (my $i = 0; $i < @files; $i += $per) {
	commit_header("add files " . ($i + 1));
	for my $f (@files[$i .. ($i + $per - 1 < $#files ? $i + $per - 1 : $#files)]) {
		my $d = slurp($f);
		put($f, $d) if defined $d;
	}
}
my @go = grep { /\.go$/ } @files;
for my $e (1 .. $edits) {
	commit_header("edit $e");
	for my $k (0 .. 2) {
		my $f = $go[($e * 7919 + $k * 104729) % @go];
		my $d = slurp($f);
		put($f, $d . "\n// edit $e\n") if defined $d;
	}
}
