param(
    [string]$Folder = ".\dist"
)

.\tools\Publish-Ipfs.ps1 -Path $Folder -PinataKey {{+api-key:a}} -PinataSecret {{+api-secret:a}}
Write-Host "done"
