// Live Preview of a static page in the CMS admin: tells the admin the frame is ready, and on every
// save of the document (Payload's "payload-document-event") loads the preview again from its
// address, which renders the site with the saved draft. Does nothing outside the admin's frame.
;(function () {
  if (window.parent === window) return
  var reload = document.currentScript && document.currentScript.getAttribute('data-reload')
  var origin = window.location.origin
  window.parent.postMessage({ type: 'payload-live-preview', ready: true }, origin)
  window.addEventListener('message', function (event) {
    if (event.origin !== origin || !event.data || event.data.type !== 'payload-document-event') return
    window.location.replace(reload || window.location.href)
  })
})()
