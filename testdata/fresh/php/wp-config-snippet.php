<?php
/* NFT Gallery plugin settings */
define( 'NFTG_PINATA_API_KEY', '{{+api-key:wp}}' );
define( 'NFTG_PINATA_API_SECRET', '{{+api-secret:wp}}' );
define( 'AUTH_SALT', '{{-token64}}' );
define( 'NONCE_KEY', '{{-token64}}' );
