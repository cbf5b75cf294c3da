// Builds the query page: YASGUI on this server's SPARQL endpoint, with one tab per example query of queries/*.rq
// and a picker that opens the example's tab. Nothing here contacts another host.
(function () {
  "use strict";
  var endpoint = new URL("/kg/sparql", window.location.href).toString();

  // YASQE's prefix and class/property autocompleters fetch prefix.cc and lov.linkeddata.es: keep only the local one.
  Yasgui.Yasqe.defaults.autocompleters = ["variables"];

  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    persistenceId: null, // no state kept in the browser: the examples are always the server's current ones
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } }
  });

  var picker = document.getElementById("example");
  var question = document.getElementById("question");
  var tabs = {};

  fetch("/queries.json").then(function (response) { return response.json(); }).then(function (examples) {
    examples.forEach(function (example, i) {
      var tab = yasgui.addTab(i === 0, {
        name: example.name,
        yasqe: { value: example.query },
        requestConfig: { endpoint: endpoint }
      });
      tabs[example.name] = { id: tab.getId(), question: example.question };
      var option = document.createElement("option");
      option.value = example.name;
      option.textContent = example.name; // textContent, never innerHTML: query files are data
      picker.appendChild(option);
    });
    if (examples.length > 0)
      question.textContent = examples[0].question;
  });

  picker.addEventListener("change", function () {
    var chosen = tabs[picker.value];
    if (!chosen)
      return;
    yasgui.selectTabId(chosen.id);
    question.textContent = chosen.question;
  });
})();
