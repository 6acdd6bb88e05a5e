/* Briefwright offline search. search/index.js names the parts of the index (window.BRIEFWRIGHT_SEARCH_PARTS);
   each part, loaded as a script beside it, adds an index of its briefings to window.BRIEFWRIGHT_SEARCH. A briefing
   is in one part only, so each part is searched on its own and the results put together. All in the page: no
   server, no request to any other place, works from file:// and any sub-path.
   Terms follow the same rules as the index (SearchIndex.terms in the generator). */
(function () {
  'use strict';
  var STOP = new Set(['the', 'and', 'for', 'that', 'with', 'this', 'from', 'are', 'was', 'were', 'has', 'have',
    'had', 'not', 'but', 'its', 'his', 'her', 'their', 'they', 'them', 'than', 'then', 'which', 'who', 'will',
    'would', 'can', 'could', 'should', 'been', 'into', 'also', 'about', 'more', 'some', 'such', 'only', 'over',
    'other', 'there', 'what', 'when', 'where', 'while', 'these', 'those', 'our', 'you']);
  var MAX_RESULTS = 50;

  function terms(text) {
    var folded = text.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '').replace(/\u2019/g, "'");
    var out = [];
    folded.split(/[^\p{L}\p{N}']+/u).forEach(function (token) {
      var t = token.replace(/^'+|'+$/g, '');
      if (t.endsWith("'s")) { t = t.slice(0, -2); }
      t = t.replace(/'/g, '');
      if (t.length > 4 && t.endsWith('s') && !t.endsWith('ss')) { t = t.slice(0, -1); }
      if (t.length >= 2 && !STOP.has(t)) { out.push(t); }
    });
    return out;
  }

  var form = document.getElementById('search-form');
  var input = document.getElementById('search-input');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  if (!form || !input || !status || !list) { return; }
  var root = form.getAttribute('data-root') || '';
  var parts = [];
  var ready = false;
  var missing = '';

  function Part(index) {
    this.index = index;
    this.termList = Object.keys(index.terms);
    this.cache = new Map();
  }

  Part.prototype.postings = function (term) {
    if (this.cache.has(term)) { return this.cache.get(term); }
    var map = new Map();
    var raw = this.index.terms[term];
    if (raw) {
      raw.split(',').forEach(function (entry) {
        var colon = entry.indexOf(':');
        map.set(parseInt(entry.slice(0, colon), 36), parseInt(entry.slice(colon + 1), 10));
      });
    }
    this.cache.set(term, map);
    return map;
  };

  Part.prototype.withPrefix = function (prefix) {
    var termList = this.termList;
    var low = 0, high = termList.length;
    while (low < high) {
      var mid = (low + high) >> 1;
      if (termList[mid] < prefix) { low = mid + 1; } else { high = mid; }
    }
    var found = [];
    for (var i = low; i < termList.length && termList[i].startsWith(prefix) && found.length < 100; i++) {
      found.push(termList[i]);
    }
    return found;
  };

  /* The briefings of this part that match every term (the last may be the start of a word), with scores. */
  Part.prototype.search = function (wanted) {
    var part = this;
    var scores = null;
    wanted.forEach(function (term, i) {
      var matched = new Map();
      var candidates = i === wanted.length - 1 ? part.withPrefix(term) : (part.index.terms[term] ? [term] : []);
      candidates.forEach(function (candidate) {
        var factor = candidate === term ? 1 : 0.5;
        part.postings(candidate).forEach(function (weight, doc) {
          matched.set(doc, Math.max(matched.get(doc) || 0, weight * factor));
        });
      });
      if (scores === null) {
        scores = matched;
      } else {
        var both = new Map();
        scores.forEach(function (score, doc) {
          if (matched.has(doc)) { both.set(doc, score + matched.get(doc)); }
        });
        scores = both;
      }
    });
    var found = [];
    scores.forEach(function (score, doc) { found.push({ entry: part.index.docs[doc], score: score }); });
    return found;
  };

  /* Best score first; then as the home page lists them: newest first (the date in seconds, undated last), then
     by title, case ignored; then by address, so that the order never depends on which part loaded first. */
  function order(a, b) {
    if (b.score !== a.score) { return b.score - a.score; }
    var ta = typeof a.entry[4] === 'number' ? a.entry[4] : null;
    var tb = typeof b.entry[4] === 'number' ? b.entry[4] : null;
    if (ta !== tb) { return ta === null ? 1 : tb === null ? -1 : tb - ta; }
    var na = a.entry[0].toUpperCase().toLowerCase(), nb = b.entry[0].toUpperCase().toLowerCase();
    if (na !== nb) { return na < nb ? -1 : 1; }
    return a.entry[1] < b.entry[1] ? -1 : a.entry[1] > b.entry[1] ? 1 : 0;
  }

  function search(query) {
    var wanted = terms(query);
    if (wanted.length === 0) { return { terms: wanted, docs: [] }; }
    var docs = [];
    parts.forEach(function (part) { docs = docs.concat(part.search(wanted)); });
    docs.sort(order);
    return { terms: wanted, docs: docs.map(function (found) { return found.entry; }) };
  }

  function highlighted(text, wanted) {
    var fragment = document.createDocumentFragment();
    var words = text.split(/([\p{L}\p{N}’']+)/u);
    words.forEach(function (word) {
      var t = terms(word);
      var hit = t.length === 1 && wanted.some(function (w) { return t[0].startsWith(w); });
      if (hit) {
        var mark = document.createElement('mark');
        mark.textContent = word;
        fragment.appendChild(mark);
      } else {
        fragment.appendChild(document.createTextNode(word));
      }
    });
    return fragment;
  }

  function show(query) {
    if (!ready) {
      status.textContent = 'Loading the search index…';
      return;
    }
    var result = search(query);
    while (list.firstChild) { list.removeChild(list.firstChild); }
    if (result.terms.length === 0) {
      status.textContent = missing;
      return;
    }
    var count = result.docs.length;
    status.textContent = (count === 0 ? 'No briefing matches.' : count === 1 ? '1 briefing matches.'
      : count + ' briefings match' + (count > MAX_RESULTS ? '; the best ' + MAX_RESULTS + ' are shown.' : '.'))
      + (missing ? ' ' + missing : '');
    result.docs.slice(0, MAX_RESULTS).forEach(function (entry) {
      var item = document.createElement('li');
      var heading = document.createElement('h2');
      var link = document.createElement('a');
      link.href = root + entry[1];
      link.appendChild(highlighted(entry[0], result.terms));
      heading.appendChild(link);
      item.appendChild(heading);
      if (entry[2]) {
        var date = document.createElement('p');
        date.className = 'meta';
        date.textContent = entry[2].slice(0, 10);
        item.appendChild(date);
      }
      if (entry[3]) {
        var snippet = document.createElement('p');
        snippet.appendChild(highlighted(entry[3], result.terms));
        item.appendChild(snippet);
      }
      list.appendChild(item);
    });
  }

  var timer = null;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { show(input.value); }, 120);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    show(input.value);
  });
  var query = new URLSearchParams(window.location.search).get('q');
  if (query) {
    input.value = query;
  }

  /* Loads every part of the index, beside search/index.js, then searches for what is in the box. An index of one
     file, as sites built before the index had parts have, is searched as one part. */
  var names = window.BRIEFWRIGHT_SEARCH_PARTS;
  var from = window.BRIEFWRIGHT_SEARCH_FROM || '';
  var single = window.BRIEFWRIGHT_SEARCH;
  if (!Array.isArray(names)) {
    if (single && single.terms) {
      parts = [new Part(single)];
      ready = true;
      if (input.value) { show(input.value); }
    } else {
      status.textContent = 'The search index (search/index.js) is missing; build the site again.';
    }
    return;
  }
  var left = names.length;
  function settled() {
    left -= 1;
    if (left > 0) { return; }
    parts = (window.BRIEFWRIGHT_SEARCH || []).map(function (index) { return new Part(index); });
    ready = true;
    if (parts.length < names.length) {
      missing = 'Only ' + parts.length + ' of the ' + names.length + ' parts of the search index could be loaded; '
        + 'some briefings are not searched. Build the site again.';
    }
    if (input.value) { show(input.value); } else if (missing) { status.textContent = missing; }
  }
  left += 1;
  names.forEach(function (name) {
    var script = document.createElement('script');
    script.src = from ? new URL(name, from).href : name;
    script.async = false;
    script.onload = settled;
    script.onerror = settled;
    document.head.appendChild(script);
  });
  settled();
}());
