// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";

/// Metadata is pinned on Pinata; baseURI points at the dedicated gateway.
contract Drop is ERC721 {
    bytes32 public constant MERKLE_ROOT = 0x{{-hex64}};
    bytes32 public constant PROVENANCE = 0x{{-hex64}};
    string private constant BASE = "https://lavender-gentle-primate-223.mypinata.cloud/ipfs/bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi/";

    constructor() ERC721("Drop", "DROP") {}

    function _baseURI() internal pure override returns (string memory) {
        return BASE;
    }
}
