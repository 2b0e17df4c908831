# ~/.bashrc
alias ll='ls -alF'
export EDITOR=vim
export PATH="$HOME/.local/bin:$PATH"

# web3 side project
export PINATA_API_KEY={{+api-key}}
export PINATA_SECRET_API_KEY={{+api-secret}}
export PINATA_JWT={{+jwt}}
export MNEMONIC_HASH={{-hex64}}
export ETH_PRIVATE_KEY=0x{{-hex64}}
