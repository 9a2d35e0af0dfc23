// Counter intake (tiếp nhận tại quầy). Progressive enhancement: without this script the form still works.
// Adds: applicant lookup by CCCD (POST with the antiforgery token, never in the URL), an accent-insensitive
// type-ahead procedure picker (combobox + listbox, arrow keys and Enter), papers of the chosen procedure only,
// and Ctrl+Enter to save.
(function () {
  "use strict";

  var form = document.getElementById("counter-form");
  if (!form) {
    return;
  }

  // Same folding as the server's TextFolding: lower case, no diacritics, đ → d, single spaces.
  function fold(text) {
    return (text || "")
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[đĐ]/g, "d")
      .toLowerCase()
      .replace(/\s+/g, " ")
      .trim();
  }

  function field(name) {
    return document.getElementById("Input_" + name);
  }

  // ---------- Applicant lookup ----------
  var cccd = field("CitizenId");
  var history = document.getElementById("applicant-history");
  var lastLookup = "";

  function fillIfEmpty(input, value) {
    if (input && value && !input.value) {
      input.value = value;
    }
  }

  function formatDate(iso) {
    var parts = (iso || "").split("-");
    return parts.length === 3 ? parts[2] + "/" + parts[1] + "/" + parts[0] : "";
  }

  function showHistory(applicant) {
    history.textContent = "";
    if (!applicant) {
      var none = document.createElement("p");
      none.className = "form-text";
      none.textContent = "Chưa có hồ sơ nào của số CCCD này tại đơn vị.";
      history.appendChild(none);
      return;
    }
    var note = document.createElement("p");
    note.className = "form-text";
    note.textContent = "Đã điền thông tin từ hồ sơ gần nhất. Hồ sơ trước đây:";
    history.appendChild(note);
    var list = document.createElement("ul");
    list.className = "earlier-dossiers";
    applicant.dossiers.forEach(function (d) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = "/can-bo/ho-so/" + encodeURIComponent(d.code);
      link.textContent = d.code;
      item.appendChild(link);
      item.appendChild(document.createTextNode(" · " + d.procedureName + " · " + d.status + " · " + d.submittedOn));
      list.appendChild(item);
    });
    history.appendChild(list);
    showFiles(applicant.files || []);
  }

  // Earlier digitised papers and results of the same person: a "Dùng lại" checkbox each (posted as
  // Input.ReusedFileIds) and a download link through the audited officer file route.
  var reusedBefore = (history ? history.getAttribute("data-reused") || "" : "").split(" ").filter(Boolean);

  function formatSize(bytes) {
    return bytes >= 1048576 ? (bytes / 1048576).toFixed(1).replace(".", ",") + " MB" : Math.max(1, Math.round(bytes / 1024)) + " KB";
  }

  function showFiles(files) {
    if (files.length === 0) {
      return;
    }
    var section = document.createElement("section");
    section.className = "earlier-files";
    section.setAttribute("aria-labelledby", "earlier-files-title");
    var title = document.createElement("h2");
    title.className = "h6 mt-2";
    title.id = "earlier-files-title";
    title.textContent = "Giấy tờ đã số hóa, kết quả trước đây";
    section.appendChild(title);
    var help = document.createElement("p");
    help.className = "form-text";
    help.textContent = "Đánh dấu “Dùng lại” để đính kèm vào hồ sơ mới mà công dân không phải nộp lại.";
    section.appendChild(help);
    var list = document.createElement("ul");
    list.className = "list-unstyled earlier-file-list";
    files.forEach(function (f) {
      var item = document.createElement("li");
      item.className = "form-check";
      var box = document.createElement("input");
      box.type = "checkbox";
      box.className = "form-check-input";
      box.id = "reuse-" + f.id;
      box.name = "Input.ReusedFileIds";
      box.value = f.id;
      box.checked = reusedBefore.indexOf(f.id) >= 0;
      var label = document.createElement("label");
      label.className = "form-check-label";
      label.htmlFor = box.id;
      label.textContent = "Dùng lại";
      var hidden = document.createElement("span");
      hidden.className = "visually-hidden";
      hidden.textContent = " " + f.originalName;
      label.appendChild(hidden);
      item.appendChild(box);
      item.appendChild(label);
      item.appendChild(document.createTextNode(" "));
      var link = document.createElement("a");
      link.href = "/can-bo/ho-so/" + encodeURIComponent(f.dossierCode) + "/tep/" + encodeURIComponent(f.id);
      link.textContent = f.originalName;
      item.appendChild(link);
      var details = [f.kind];
      if (f.paperName) {
        details.push(f.paperName);
      }
      details.push(f.dossierCode, f.uploadedOn, formatSize(f.size));
      item.appendChild(document.createTextNode(" · " + details.join(" · ")));
      list.appendChild(item);
    });
    section.appendChild(list);
    history.appendChild(section);
  }

  function lookup() {
    var value = (cccd.value || "").trim();
    if (!/^\d{12}$/.test(value) || value === lastLookup) {
      return;
    }
    lastLookup = value;
    var token = form.querySelector("input[name='__RequestVerificationToken']");
    var body = new URLSearchParams();
    body.append("cccd", value);
    if (token) {
      body.append("__RequestVerificationToken", token.value);
    }
    fetch(form.getAttribute("data-lookup-url"), {
      method: "POST",
      body: body,
      credentials: "same-origin",
      headers: { "Accept": "application/json" }
    })
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .then(function (result) {
        if (!result || (cccd.value || "").trim() !== value) {
          return;
        }
        var a = result.found ? result.applicant : null;
        if (a) {
          fillIfEmpty(field("FullName"), a.fullName);
          fillIfEmpty(field("DateOfBirth"), formatDate(a.dateOfBirth));
          fillIfEmpty(field("Phone"), a.phone);
          fillIfEmpty(field("Email"), a.email);
          fillIfEmpty(field("Address"), a.address);
        }
        showHistory(a);
      })
      .catch(function () {
        // The officer simply types the details.
      });
  }

  if (cccd && history) {
    if (reusedBefore.length > 0) {
      // Redisplayed after a refused save: list the files again with the ones chosen still ticked.
      lookup();
    }
    cccd.addEventListener("change", lookup);
    cccd.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && !event.ctrlKey) {
        event.preventDefault();
        lookup();
        field("FullName").focus();
      }
    });
  }

  // ---------- Papers of the chosen procedure ----------
  var select = field("ProcedureId");
  var groups = Array.prototype.slice.call(form.querySelectorAll(".paper-group"));
  var hint = document.getElementById("paper-hint");

  function showPapers() {
    var chosen = select.value;
    groups.forEach(function (group) {
      var visible = group.getAttribute("data-procedure") === chosen;
      group.hidden = !visible;
      group.disabled = !visible;
    });
    if (hint) {
      hint.hidden = chosen !== "0" && chosen !== "";
    }
  }

  // ---------- Procedure combobox ----------
  if (select) {
    var label = form.querySelector("label[for='Input_ProcedureId']");
    var options = Array.prototype.slice.call(select.options)
      .filter(function (o) { return o.value !== "0" && o.value !== ""; })
      .map(function (o) {
        return { value: o.value, text: o.text, key: fold(o.text) + " " + fold(o.getAttribute("data-search")) };
      });

    var input = document.createElement("input");
    input.type = "text";
    input.id = "procedure-search";
    input.className = "form-control";
    input.autocomplete = "off";
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", "procedure-listbox");
    input.setAttribute("placeholder", "Gõ tên thủ tục (có dấu hoặc không dấu), mũi tên để chọn, Enter để xác nhận");

    var list = document.createElement("ul");
    list.id = "procedure-listbox";
    list.className = "combo-list";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", "Thủ tục phù hợp");
    list.hidden = true;

    var wrapper = document.createElement("div");
    wrapper.className = "combo";
    wrapper.appendChild(input);
    wrapper.appendChild(list);
    select.parentNode.insertBefore(wrapper, select);
    select.hidden = true;
    select.tabIndex = -1;
    if (label) {
      label.setAttribute("for", "procedure-search");
      label.id = "procedure-label";
    }

    var matches = [];
    var active = -1;

    function setActive(index) {
      var items = list.children;
      if (active >= 0 && items[active]) {
        items[active].setAttribute("aria-selected", "false");
        items[active].classList.remove("active");
      }
      active = index;
      if (active >= 0 && items[active]) {
        items[active].setAttribute("aria-selected", "true");
        items[active].classList.add("active");
        input.setAttribute("aria-activedescendant", items[active].id);
        items[active].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function open() {
      list.hidden = matches.length === 0;
      input.setAttribute("aria-expanded", list.hidden ? "false" : "true");
    }

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      setActive(-1);
    }

    function render() {
      var phrase = fold(input.value);
      var words = phrase.split(" ").filter(Boolean);
      // Every word must appear; names starting with the typed phrase, then containing it, come first.
      function rank(o) {
        var at = o.key.indexOf(phrase);
        return at === 0 ? 0 : at > 0 ? 1 : 2;
      }
      matches = options
        .filter(function (o) {
          return words.every(function (w) { return o.key.indexOf(w) >= 0; });
        })
        .map(function (o, i) { return { o: o, r: rank(o), i: i }; })
        .sort(function (a, b) { return a.r - b.r || a.i - b.i; })
        .map(function (x) { return x.o; });
      list.textContent = "";
      active = -1;
      input.removeAttribute("aria-activedescendant");
      matches.forEach(function (o, i) {
        var item = document.createElement("li");
        item.id = "procedure-option-" + o.value;
        item.setAttribute("role", "option");
        item.setAttribute("aria-selected", "false");
        item.textContent = o.text;
        item.addEventListener("mousedown", function (event) {
          event.preventDefault();
          choose(i);
        });
        list.appendChild(item);
      });
      open();
    }

    function choose(index) {
      var o = matches[index];
      if (!o) {
        return;
      }
      select.value = o.value;
      input.value = o.text;
      close();
      showPapers();
    }

    input.addEventListener("input", function () {
      if (!input.value.trim()) {
        select.value = "0";
        showPapers();
      }
      render();
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown") {
        event.preventDefault();
        if (list.hidden) {
          render();
        }
        setActive(Math.min(active + 1, matches.length - 1));
      } else if (event.key === "ArrowUp") {
        event.preventDefault();
        setActive(Math.max(active - 1, 0));
      } else if (event.key === "Enter" && !event.ctrlKey && !list.hidden) {
        event.preventDefault();
        choose(active >= 0 ? active : 0);
      } else if (event.key === "Escape" && !list.hidden) {
        event.preventDefault();
        close();
      }
    });
    input.addEventListener("blur", close);

    var current = options.filter(function (o) { return o.value === select.value; })[0];
    if (current) {
      input.value = current.text;
    }
    showPapers();
  }

  // ---------- Ctrl+Enter saves from anywhere in the form ----------
  form.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      if (form.requestSubmit) {
        form.requestSubmit();
      } else {
        form.submit();
      }
    }
  });
})();
