/**
 * The standalone HTML page's script, as source text: the page must work from a file with no
 * build step, so the CLI (which runs TypeScript through tsx) can write it. Kept as a string,
 * not a stringified function, because bundlers rewrite functions (helpers, renamed identifiers)
 * in ways that break once serialized.
 *
 * What it does: pan (drag) and zoom (wheel, +/-, 0 to fit) by changing the SVG's viewBox, and a
 * read-only details panel for the clicked (or Enter-ed) node, built with textContent only, so
 * catalog text can never become markup. Links open in a new tab, http(s)/mailto only.
 */
export const VIEWER_SCRIPT = String.raw`
(function () {
  'use strict'
  var data = JSON.parse(document.getElementById('orgscope-data').textContent)
  var svg = document.querySelector('#chart svg')
  var panel = document.getElementById('details')
  var full = data.viewBox
  var box = full.slice()

  function apply() { svg.setAttribute('viewBox', box.join(' ')) }
  function fit() { box = full.slice(); apply() }
  function toChart(clientX, clientY) {
    var r = svg.getBoundingClientRect()
    var s = Math.max(box[2] / r.width, box[3] / r.height)
    var ox = (r.width * s - box[2]) / 2, oy = (r.height * s - box[3]) / 2
    return [box[0] - ox + (clientX - r.left) * s, box[1] - oy + (clientY - r.top) * s, s]
  }
  function zoom(factor, clientX, clientY) {
    var r = svg.getBoundingClientRect()
    var p = toChart(clientX === undefined ? r.left + r.width / 2 : clientX,
                    clientY === undefined ? r.top + r.height / 2 : clientY)
    var w = box[2] / factor, h = box[3] / factor
    if (w < full[2] / 20 || w > full[2] * 4) return
    box = [p[0] - (p[0] - box[0]) / factor, p[1] - (p[1] - box[1]) / factor, w, h]
    apply()
  }
  svg.setAttribute('preserveAspectRatio', 'xMidYMid meet')
  svg.removeAttribute('width')
  svg.removeAttribute('height')
  fit()

  svg.addEventListener('wheel', function (e) {
    e.preventDefault()
    zoom(e.deltaY < 0 ? 1.15 : 1 / 1.15, e.clientX, e.clientY)
  }, { passive: false })

  var drag = null
  svg.addEventListener('pointerdown', function (e) {
    drag = { x: e.clientX, y: e.clientY, box: box.slice(), moved: false }
  })
  window.addEventListener('pointermove', function (e) {
    if (!drag) return
    var s = toChart(0, 0)[2]
    var dx = e.clientX - drag.x, dy = e.clientY - drag.y
    if (Math.abs(dx) + Math.abs(dy) > 3) drag.moved = true
    box = [drag.box[0] - dx * s, drag.box[1] - dy * s, box[2], box[3]]
    apply()
  })
  window.addEventListener('pointerup', function () { setTimeout(function () { drag = null }, 0) })

  document.getElementById('zoom-in').addEventListener('click', function () { zoom(1.25) })
  document.getElementById('zoom-out').addEventListener('click', function () { zoom(1 / 1.25) })
  document.getElementById('zoom-fit').addEventListener('click', fit)
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') hide()
    else if (e.target.closest && e.target.closest('[data-node-id]') && e.key === 'Enter') {
      show(e.target.closest('[data-node-id]').getAttribute('data-node-id'))
    } else if (e.key === '+' || e.key === '=') zoom(1.25)
    else if (e.key === '-') zoom(1 / 1.25)
    else if (e.key === '0') fit()
  })

  var nodes = svg.querySelectorAll('[data-node-id]')
  for (var i = 0; i < nodes.length; i++) {
    var g = nodes[i]
    var item = data.nodes[g.getAttribute('data-node-id')]
    g.setAttribute('tabindex', '0')
    g.setAttribute('role', 'button')
    if (item) g.setAttribute('aria-label', item.name)
    g.addEventListener('click', function (e) {
      if (drag && drag.moved) return
      show(e.currentTarget.getAttribute('data-node-id'))
    })
  }

  function add(parent, tag, text, cls) {
    var el = document.createElement(tag)
    if (text) el.textContent = text
    if (cls) el.className = cls
    parent.appendChild(el)
    return el
  }
  function list(title, items) {
    if (!items || !items.length) return
    add(panel, 'h3', title)
    var ul = add(panel, 'ul', '', 'chips')
    items.forEach(function (t) { add(ul, 'li', t) })
  }
  function links(items) {
    if (!items || !items.length) return
    add(panel, 'h3', 'Links')
    var ul = add(panel, 'ul')
    items.forEach(function (l) {
      if (!/^(https?:|mailto:)/.test(l.url)) return
      var a = add(add(ul, 'li'), 'a', l.label)
      a.href = l.url
      a.target = '_blank'
      a.rel = 'noopener noreferrer'
    })
  }
  function show(id) {
    var item = data.nodes[id]
    if (!item) return
    panel.textContent = ''
    var closeButton = add(panel, 'button', '×', 'close')
    closeButton.setAttribute('aria-label', 'Close details')
    closeButton.addEventListener('click', hide)
    add(panel, 'p', item.kindLabel, 'kind')
    add(panel, 'h2', item.name)
    if (item.status) add(panel, 'p', item.status, 'muted')
    if (item.people) add(panel, 'p', item.people, 'people')
    if (item.changes && item.changes.length) {
      add(panel, 'h3', 'What changed')
      var changed = add(panel, 'ul')
      item.changes.forEach(function (c) { add(changed, 'li', c) })
    }
    if (item.summary) add(panel, 'p', item.summary)
    if (item.responsibilities && item.responsibilities.length) {
      add(panel, 'h3', 'Responsibilities')
      var owned = add(panel, 'ul')
      item.responsibilities.forEach(function (r) { add(owned, 'li', r) })
    }
    if (item.roles && item.roles.length) {
      add(panel, 'h3', 'Roles (' + item.roles.length + ')')
      var roles = add(panel, 'ul', '', 'projects')
      item.roles.forEach(function (r) {
        var li = add(roles, 'li')
        if (/^https?:/.test(r.url || '')) {
          var a = add(li, 'a', r.title)
          a.href = r.url
          a.target = '_blank'
          a.rel = 'noopener noreferrer'
        } else add(li, 'strong', r.title)
        add(li, 'span', ' · ' + r.status, 'muted')
        if (r.where) add(li, 'p', r.where, 'muted')
        if (r.technologies.length) add(li, 'p', r.technologies.join(', '))
      })
    }
    list('Stack', item.stack)
    list('Also mentioned', item.mentions)
    list('Technologies', item.technologies)
    if (item.projects && item.projects.length) {
      add(panel, 'h3', 'Projects (' + item.projects.length + ')')
      var ul = add(panel, 'ul', '', 'projects')
      item.projects.forEach(function (p) {
        var li = add(ul, 'li')
        add(li, 'strong', p.title)
        if (p.status !== 'current') add(li, 'span', ' · ' + p.status, 'muted')
        if (p.summary) add(li, 'p', p.summary)
      })
    }
    if (item.relations && item.relations.length) {
      add(panel, 'h3', 'Relations')
      var rel = add(panel, 'ul')
      item.relations.forEach(function (r) { add(rel, 'li', r) })
    }
    links(item.links)
    panel.hidden = false
    panel.focus()
  }
  function hide() { panel.hidden = true }
})()
`
