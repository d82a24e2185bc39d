// CloudFront Function (runtime cloudfront-js-2.0), on viewer request, for the static site in an S3
// bucket behind CloudFront (docs/publishing.md). S3's REST endpoint has no folder index: the site's
// pages are folders (`/lessons/intro/2/` is `lessons/intro/2/index.html`), so a folder address gets
// its index.html, and an address without the final slash and without a file extension is sent to
// the folder, as GitHub Pages and `npm run serve:static` do. Files (`slide.json`, `app.css`) pass.
// scripts/cloudfront-index-html.test.ts runs it on sample requests.

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- CloudFront calls it by this name.
function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri.charAt(uri.length - 1) === "/") {
    request.uri = uri + "index.html";
    return request;
  }
  var lastSegment = uri.slice(uri.lastIndexOf("/") + 1);
  if (lastSegment.indexOf(".") !== -1) return request;
  return {
    statusCode: 301,
    statusDescription: "Moved Permanently",
    headers: { location: { value: uri + "/" + queryOf(request.querystring) } },
  };
}

// The query string back in the address, as CloudFront hands it to the function.
function queryOf(querystring) {
  var parts = [];
  for (var name in querystring) {
    var field = querystring[name];
    var values = field.multiValue ? field.multiValue : [field];
    for (var i = 0; i < values.length; i++) parts.push(values[i].value === "" ? name : name + "=" + values[i].value);
  }
  return parts.length > 0 ? "?" + parts.join("&") : "";
}
