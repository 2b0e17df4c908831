// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import "@openzeppelin/contracts/access/AccessControl.sol";

/// Metadata is pinned on Pinata; baseURI points at the public gateway.
contract Drop is ERC721, AccessControl {
    bytes32 public constant MINTER_ROLE = 0x{{-hex64}};
    bytes32 public merkleRoot = 0x{{-hex64}};
    string private baseURI = "ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi/";

    constructor() ERC721("Drop", "DRP") {
        _grantRole(DEFAULT_ADMIN_ROLE, msg.sender);
    }

    function supportsInterface(bytes4 id) public view override(ERC721, AccessControl) returns (bool) {
        return super.supportsInterface(id);
    }
}
