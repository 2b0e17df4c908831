<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp' );
define( 'AUTH_KEY',         '{{-token64}}' );
define( 'SECURE_AUTH_KEY',  '{{-token64}}' );
define( 'NONCE_SALT',       '{{-hex64}}' );

/* IPFS media offload plugin */
define( 'PINATA_JWT', '{{+jwt}}' );
define( 'PINATA_GATEWAY_TOKEN', '{{+gateway-token}}' );

$table_prefix = 'wp_';
require_once ABSPATH . 'wp-settings.php';
