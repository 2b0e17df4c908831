#!/usr/bin/perl
use strict;
use warnings;
use LWP::UserAgent;

my $ua = LWP::UserAgent->new;
$ua->default_header('Authorization' => 'Bearer {{+jwt}}');
$ua->default_header('pinata_api_key' => '{{+api-key}}');
my $res = $ua->get('https://api.pinata.cloud/data/testAuthentication');
print $res->decoded_content, "\n";
