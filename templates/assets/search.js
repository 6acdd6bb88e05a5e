/* Briefwright offline search. Reads the index that search/index.js defines (window.BRIEFWRIGHT_SEARCH) and
   searches it in the page: no server, no request to any other place, works from file:// and any sub-path.
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

  var index = window.BRIEFWRIGHT_SEARCH;
  var form = document.getElementById('search-form');
  var input = document.getElementById('search-input');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  if (!index || !form || !input || !status || !list) { return; }
  var root = form.getAttribute('data-root') || '';
  var termList = Object.keys(index.terms);
  var cache = new Map();

  function postings(term) {
    if (cache.has(term)) { return cache.get(term); }
    var map = new Map();
    var raw = index.terms[term];
    if (raw) {
      raw.split(',').forEach(function (entry) {
        var colon = entry.indexOf(':');
        map.set(parseInt(entry.slice(0, colon), 36), parseInt(entry.slice(colon + 1), 10));
      });
    }
    cache.set(term, map);
    return map;
  }

  function withPrefix(prefix) {
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
  }

  function search(query) {
    var wanted = terms(query);
    if (wanted.length === 0) { return { terms: wanted, docs: [] }; }
    var scores = null;
    wanted.forEach(function (term, i) {
      var matched = new Map();
      var candidates = i === wanted.length - 1 ? withPrefix(term) : (index.terms[term] ? [term] : []);
      candidates.forEach(function (candidate) {
        var factor = candidate === term ? 1 : 0.5;
        postings(candidate).forEach(function (weight, doc) {
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
    var docs = Array.from(scores.entries()).sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; });
    return { terms: wanted, docs: docs.map(function (entry) { return entry[0]; }) };
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
    var result = search(query);
    while (list.firstChild) { list.removeChild(list.firstChild); }
    if (result.terms.length === 0) {
      status.textContent = '';
      return;
    }
    var count = result.docs.length;
    status.textContent = count === 0 ? 'No briefing matches.' : count === 1 ? '1 briefing matches.'
      : count + ' briefings match' + (count > MAX_RESULTS ? '; the best ' + MAX_RESULTS + ' are shown.' : '.');
    result.docs.slice(0, MAX_RESULTS).forEach(function (doc) {
      var entry = index.docs[doc];
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
    show(query);
  }
}());
