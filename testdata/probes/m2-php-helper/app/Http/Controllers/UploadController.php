<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;

class UploadController extends Controller
{
    public function store(Request $request)
    {
        $path = $request->file('artwork')->store('tmp');

        $cid = pinFileToIPFS(
            '{{+api-key:a}}',
            '{{+api-secret:a}}',
            storage_path('app/' . $path)
        );

        return response()->json(['cid' => $cid]);
    }
}
