/*
 * Governance Scorecard: old Office. Plain ECMAScript 5, inlined as the first script of
 * taskpane.html and commands.html (webpack.config.js), so it runs before office.js and before
 * the add-in's modern bundle, in every webview Office may use.
 *
 * Volume-licensed Office 2019 (and older Windows builds) show add-ins in Internet Explorer 11
 * (Trident) or the original Edge (EdgeHTML); the task pane's bundle cannot run there. This script
 * recognises those webviews and shows, in the user's language, which Office is needed; the
 * modern bundles see window.GovScoreOldOffice.kind and do not start. The ribbon's buttons
 * (commands.html) open the same message in a dialog instead of doing nothing.
 *
 * The texts are the catalogue's office.unsupported.* (src/core/i18n/pane-card-messages.ts);
 * test/old-office keeps them equal and parses this file as ECMAScript 5.
 */
(function () {
  "use strict";

  var TEXTS = {
    "en-US": {
      title: "This version of Office cannot run Governance Scorecard",
      trident:
        "Your Office shows add-ins with Internet Explorer 11 (Trident), which this add-in does not support.",
      edgeHtml:
        "Your Office shows add-ins with the original Microsoft Edge (EdgeHTML), which this add-in does not support.",
      needed:
        "Use Excel from Microsoft 365 (Windows or Mac), Office 2021 or 2024, or Excel on the web. Volume-licensed Office 2019 uses these old components and is out of support since October 2025; Excel 2016 cannot load the add-in.",
    },
    "zh-CN": {
      title: "此版本的 Office 无法运行治理评分卡",
      trident: "您的 Office 使用 Internet Explorer 11（Trident）显示加载项，本加载项不支持该组件。",
      edgeHtml: "您的 Office 使用旧版 Microsoft Edge（EdgeHTML）显示加载项，本加载项不支持该组件。",
      needed:
        "请使用 Microsoft 365 版 Excel（Windows 或 Mac）、Office 2021 或 2024，或网页版 Excel。批量许可版 Office 2019 使用上述旧组件，已于2025年10月停止支持；Excel 2016 无法加载本加载项。",
    },
  };

  /** "trident", "edgeHtml", or null for a webview the add-in runs in. */
  function webviewOf(userAgent) {
    if (/Trident\/|MSIE /.test(userAgent)) return "trident";
    // EdgeHTML says "Edge/18.17763"; Chromium-based Edge (WebView2) says "Edg/".
    if (/ Edge\/\d/.test(userAgent)) return "edgeHtml";
    return null;
  }

  /** A forced message (?unsupported=trident), as the ribbon's dialog opens the page. */
  function forcedKind(search) {
    var match = /[?&]unsupported=(trident|edgeHtml)(?:&|$)/.exec(search || "");
    return match ? match[1] : null;
  }

  /** Chinese for any zh* language (Office's display language once known), else English. */
  function languageOf(tag) {
    return /^zh/i.test(tag || "") ? "zh-CN" : "en-US";
  }

  function browserLanguage() {
    var nav = window.navigator || {};
    return nav.language || nav.userLanguage || nav.browserLanguage || "";
  }

  function officeLanguage() {
    try {
      var office = window.Office;
      return office && office.context && office.context.displayLanguage
        ? office.context.displayLanguage
        : "";
    } catch (e) {
      return "";
    }
  }

  var kind =
    webviewOf(window.navigator ? window.navigator.userAgent || "" : "") ||
    forcedKind(window.location ? window.location.search : "");

  var state = { kind: kind, language: languageOf(browserLanguage()) };
  window.GovScoreOldOffice = state;
  if (!kind) return;

  function paragraph(tag, text) {
    var element = document.createElement(tag);
    element.appendChild(document.createTextNode(text));
    return element;
  }

  /** Replaces the page's content with the message (text nodes only, no markup). */
  function show() {
    var texts = TEXTS[state.language];
    var root = document.getElementById("container") || document.body;
    if (!root) return;
    while (root.firstChild) root.removeChild(root.firstChild);
    var main = document.createElement("main");
    main.setAttribute("lang", state.language);
    main.setAttribute("role", "alert");
    main.id = "old-office";
    main.style.padding = "12px";
    main.style.fontFamily = "'Segoe UI', 'Microsoft YaHei', sans-serif";
    var title = paragraph("h1", texts.title);
    title.style.fontSize = "20px";
    main.appendChild(title);
    main.appendChild(paragraph("p", kind === "trident" ? texts.trident : texts.edgeHtml));
    main.appendChild(paragraph("p", texts.needed));
    root.appendChild(main);
    if (document.documentElement) document.documentElement.setAttribute("lang", state.language);
  }

  /** The ribbon's buttons: the same message in a dialog, then the command completes. */
  function command(event) {
    var done = false;
    function complete() {
      if (done) return;
      done = true;
      try {
        if (event && event.completed) event.completed();
      } catch (e) {
        // Office no longer waits for this command: nothing else to do.
      }
    }
    try {
      var url = window.location.href.replace(
        /[^/?#]*([?#].*)?$/,
        "taskpane.html?unsupported=" + kind
      );
      window.Office.context.ui.displayDialogAsync(
        url,
        { height: 40, width: 30 },
        function (result) {
          if (!result || result.status !== "succeeded") return complete();
          result.value.addEventHandler("dialogEventReceived", complete);
        }
      );
    } catch (e) {
      complete();
    }
  }

  // The manifest's ExecuteFunction names, as globals (how older Office finds them) ...
  window.scoreWorkbook = command;
  window.createTemplate = command;

  function onOfficeReady() {
    var language = officeLanguage();
    if (language) state.language = languageOf(language);
    show();
    // ... and registered, where Office offers Office.actions (the function file only).
    var office = window.Office;
    if (
      !document.getElementById("container") &&
      office &&
      office.actions &&
      office.actions.associate
    ) {
      office.actions.associate("scoreWorkbook", command);
      office.actions.associate("createTemplate", command);
    }
  }

  function whenOfficeLoaded() {
    show();
    var office = window.Office;
    if (!office) return;
    if (typeof office.onReady === "function") office.onReady(onOfficeReady);
    else office.initialize = onOfficeReady;
  }

  if (document.readyState === "complete") whenOfficeLoaded();
  else if (window.addEventListener) window.addEventListener("load", whenOfficeLoaded, false);
  else if (window.attachEvent) window.attachEvent("onload", whenOfficeLoaded);
})();
