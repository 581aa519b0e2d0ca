// jadbot web test chat. Talks only to the local Bot API server's user side (/_local/).
//
// Safety rule: bot and user text only ever becomes DOM text nodes. Formatting is rebuilt from
// the message's entities (the same data Telegram clients render), with an allow-list of
// entity types; no text is ever parsed as HTML.
"use strict";

(() => {
  const USERS = [
    { id: 1001, first_name: "Alice", username: "alice_test" },
    { id: 1002, first_name: "Bob", username: "bob_test" },
    { id: 1003, first_name: "Carol", username: "carol_test" },
  ];
  const GROUP = { id: -1001000000001, type: "supergroup", title: "JadBot test group" };
  const EVENT_TYPES = [
    "message", "edited_message", "deleted_message", "chat_action", "callback_answer", "commands", "description",
  ].join(",");
  const TYPING_MS = 5000; // Telegram shows a chat action for five seconds
  const SAFE_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);
  const ENGLISH = "en"; // every test user's language_code at first, and the bot's default texts'

  const $ = (id) => document.getElementById(id);
  const ui = {
    title: $("chat-title"), subtitle: $("chat-subtitle"),
    chatSelect: $("chat-select"), userSelect: $("user-select"), languageSelect: $("language-select"),
    conversation: $("conversation"), list: $("messages"),
    empty: $("empty"), emptyText: $("empty-text"), start: $("start-button"),
    about: $("about"), aboutText: $("about-text"),
    typing: $("typing"), connection: $("connection"), toast: $("toast"),
    menu: $("menu"), menuList: $("menu-list"), menuButton: $("menu-button"),
    replyBar: $("reply-bar"), replyPreview: $("reply-preview"), replyCancel: $("reply-cancel"),
    form: $("composer"), input: $("input"),
  };

  const state = {
    bot: { first_name: "Bot", username: "bot" },
    userId: USERS[0].id,
    chatKind: "private",
    messages: new Map(), // "chat:message" -> message as /_local/ returns it
    nodes: new Map(), // "chat:message" -> its <li> in the current chat
    commands: [],
    languages: [{ code: ENGLISH, name: "English" }], // what the Language select offers
    languageOf: new Map(USERS.map((u) => [u.id, ENGLISH])), // each test user's language_code
    about: null, // the bot's description for the current user's language: { text, lang }
    botTextsTimer: 0,
    history: [],
    historyPos: 0,
    replyTo: null,
    typingTimer: 0,
    toastTimer: 0,
    pending: new Map(), // callback_query_id -> pressed button
    answers: new Map(), // callback_query_id -> answer that came before the press returned
  };

  const chatId = () => (state.chatKind === "group" ? GROUP.id : state.userId);
  const keyOf = (m) => `${m.chat_id}:${m.message_id}`;
  const language = () => state.languageOf.get(state.userId) || ENGLISH;
  const userName = (id) => (USERS.find((u) => u.id === id) || { first_name: `User ${id}` }).first_name;

  // ------------------------------------------------------------------ DOM and HTTP helpers

  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) continue;
      if (name === "class") node.className = value;
      else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
      else node.setAttribute(name, value === true ? "" : String(value));
    }
    node.append(...children.filter((c) => c !== null && c !== undefined)); // strings become text nodes
    return node;
  }

  async function api(method, path, body) {
    const options = { method, headers: {} };
    if (body !== undefined) {
      options.headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body);
    }
    const response = await fetch(`/_local${path}`, options);
    const data = await response.json().catch(() => ({}));
    if (!response.ok) {
      const error = new Error(data.error || response.statusText);
      error.status = response.status;
      throw error;
    }
    return data;
  }

  function toast(text) {
    ui.toast.textContent = text;
    ui.toast.hidden = false;
    clearTimeout(state.toastTimer);
    state.toastTimer = setTimeout(() => { ui.toast.hidden = true; }, 4000);
  }

  function safeHref(raw) {
    const candidate = /^www\./i.test(raw) ? `http://${raw}` : raw;
    try {
      const url = new URL(candidate);
      return SAFE_PROTOCOLS.has(url.protocol) ? url.href : null;
    } catch {
      return null;
    }
  }

  // ------------------------------------------------------------------ formatting from entities

  function link(href, label) {
    const safe = safeHref(href);
    if (!safe) return el("span", { title: label ? `link: ${label}` : "link" });
    return el("a", { href: safe, target: "_blank", rel: "noopener noreferrer" });
  }

  function spoiler() {
    const node = el("span", { class: "spoiler", tabindex: "0", role: "button", "aria-pressed": "false",
      title: "Spoiler: press to reveal" });
    const toggle = () => {
      const shown = node.classList.toggle("revealed");
      node.setAttribute("aria-pressed", String(shown));
    };
    node.addEventListener("click", toggle);
    node.addEventListener("keydown", (ev) => {
      if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); toggle(); }
    });
    return node;
  }

  // The formatting Telegram shows for bot HTML, and the links it makes by itself. Any other
  // entity type (mention, hashtag, custom emoji, ...) stays plain text.
  const FORMATS = {
    bold: () => el("strong"),
    italic: () => el("em"),
    underline: () => el("u"),
    strikethrough: () => el("s"),
    spoiler,
    code: () => el("code"),
    pre: (e) => el("pre", { "data-language": e.language || null }),
    blockquote: () => el("blockquote"),
    expandable_blockquote: () => el("blockquote", { class: "expandable" }),
    text_link: (e) => link(e.url || "", e.url),
    url: (e, text) => link(text),
    email: (e, text) => link(`mailto:${text}`),
    bot_command: (e, text) => el("button", { type: "button", class: "command",
      onclick: () => sendText(text) }),
  };

  // Offsets and lengths are UTF-16 code units, which is exactly how JavaScript indexes strings.
  function renderText(text, entities) {
    const fragment = document.createDocumentFragment();
    const list = (entities || [])
      .filter((e) => Object.hasOwn(FORMATS, e.type) && e.length > 0 && e.offset >= 0
        && e.offset + e.length <= text.length)
      .map((e) => ({ ...e }))
      .sort(byPosition);
    build(fragment, text, 0, text.length, list);
    return fragment;
  }

  function byPosition(a, b) {
    return a.offset - b.offset || b.length - a.length;
  }

  function build(parent, text, start, end, list) {
    let pos = start;
    while (list.length) {
      const entity = list.shift();
      const stop = entity.offset + entity.length;
      if (entity.offset > pos) parent.append(text.slice(pos, entity.offset));
      const inner = [];
      while (list.length && list[0].offset < stop) {
        const child = list.shift();
        if (child.offset + child.length > stop) { // overlaps our end: split it there
          list.push({ ...child, offset: stop, length: child.offset + child.length - stop });
          list.sort(byPosition);
          child.length = stop - child.offset;
        }
        inner.push(child);
      }
      const node = FORMATS[entity.type](entity, text.slice(entity.offset, stop));
      build(node, text, entity.offset, stop, inner);
      parent.append(node);
      pos = stop;
    }
    if (pos < end) parent.append(text.slice(pos, end));
  }

  // ------------------------------------------------------------------ messages

  function senderName(m) {
    if (m.sender === "bot") return state.bot.first_name;
    if (m.from) return m.from.id === state.userId ? `${m.from.first_name} (you)` : m.from.first_name;
    return "Channel";
  }

  function mediaLabel(m) {
    const t = m.telegram || {};
    if (m.kind === "sticker") return `[sticker ${(t.sticker && t.sticker.emoji) || ""}]`;
    if (m.kind === "photo") return "[photo]";
    if (m.kind === "voice") return "[voice message]";
    if (m.kind === "location") return "[location]";
    return `[${m.kind}]`;
  }

  function replyReference(m) {
    if (!m.reply_to_message_id) return null;
    const original = state.messages.get(`${m.chat_id}:${m.reply_to_message_id}`);
    const snippet = original ? (original.text || mediaLabel(original)).split("\n")[0].slice(0, 90) : "a message";
    return el("div", { class: "reply-ref" }, el("b", {}, original ? senderName(original) : "Reply"), " ",
      snippet);
  }

  function keyboard(m) {
    const rows = m.reply_markup && m.reply_markup.inline_keyboard;
    if (!rows || !rows.length) return null;
    const box = el("div", { class: "keyboard", role: "group", "aria-label": "Buttons" });
    for (const row of rows) {
      box.append(el("div", { class: "row" }, ...row.map((b) => keyboardButton(m, b))));
    }
    return box;
  }

  function keyboardButton(m, b) {
    if (b.url) {
      const href = safeHref(b.url);
      if (href) return el("a", { class: "kb", href, target: "_blank", rel: "noopener noreferrer" }, b.text);
    }
    if (b.callback_data === undefined) {
      return el("button", { type: "button", class: "kb", disabled: true,
        title: "This kind of button does nothing in the test chat" }, b.text);
    }
    return el("button", { type: "button", class: "kb",
      onclick: (ev) => press(m, b, ev.currentTarget) }, b.text);
  }

  function fill(li, m) {
    const mine = m.sender === "user" && m.from && m.from.id === state.userId;
    const showAuthor = state.chatKind === "group" && !mine;
    li.className = `msg ${mine ? "out" : "in"} from-${m.sender}`;
    li.dataset.messageId = m.message_id;
    const text = m.text !== null && m.text !== undefined ? renderText(m.text, m.entities) : null;
    const body = el("div", { class: "text" }, m.kind !== "text" ? mediaLabel(m) : null,
      m.kind !== "text" && text ? "\n" : null, text);
    const meta = el("div", { class: "meta" },
      m.delivered === false ? el("span", { class: "hidden-from-bot" }, "not seen by the bot") : null,
      m.edit_date ? el("span", { class: "edited" }, "edited") : null,
      el("time", { datetime: new Date(m.date * 1000).toISOString() }, clock(m.edit_date || m.date)),
      // Replying matters in groups, where a reply to the bot is one way to address it.
      state.chatKind === "group" ? el("button", { type: "button", class: "reply-button",
        "aria-label": `Reply to ${senderName(m)}`, onclick: () => startReply(m) }, "Reply") : null);
    const bubble = el("div", { class: "bubble" },
      el("span", { class: showAuthor ? "author" : "author visually-hidden" }, senderName(m), " "),
      replyReference(m), body, meta);
    li.replaceChildren(bubble);
    const buttons = keyboard(m);
    if (buttons) li.append(buttons);
  }

  function clock(seconds) {
    return new Date(seconds * 1000).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  }

  function nearBottom() {
    const c = ui.conversation;
    return c.scrollHeight - c.scrollTop - c.clientHeight < 120;
  }

  function scrollToBottom() {
    ui.conversation.scrollTop = ui.conversation.scrollHeight;
  }

  function updateEmpty() {
    const empty = ui.list.children.length === 0;
    ui.empty.hidden = !empty;
    if (!empty) return;
    const bot = `@${state.bot.username}`;
    ui.emptyText.textContent = state.chatKind === "group"
      ? `No messages yet. In a group the bot answers commands (/ask, /topics), mentions of ${bot} and replies to its messages.`
      : `This is the start of ${userName(state.userId)}'s private chat with ${bot}.`;
    ui.start.hidden = state.chatKind === "group";
    renderAbout();
  }

  // "What can this bot do?": the bot's description for the user's language, in an empty private
  // chat, as Telegram shows it before Start (the description stands in for the line above).
  function renderAbout() {
    const text = state.chatKind === "private" && state.about ? state.about.text : "";
    ui.about.hidden = !text;
    ui.aboutText.textContent = text;
    if (state.about) ui.aboutText.lang = state.about.lang;
    ui.emptyText.hidden = Boolean(text);
  }

  async function loadAbout() {
    const code = language();
    try {
      const data = await api("GET", `/bot/description?language_code=${encodeURIComponent(code)}`);
      if (code !== language()) return; // the language changed meanwhile; its own load renders
      state.about = { text: data.description, lang: data.description_language || ENGLISH };
    } catch (error) {
      toast(`Could not load the bot's description: ${error.message}`);
    }
    renderAbout();
  }

  function upsert(m) {
    const key = keyOf(m);
    state.messages.set(key, m);
    if (m.chat_id !== chatId()) return;
    const existing = state.nodes.get(key);
    if (m.deleted) {
      if (existing) existing.remove();
      state.nodes.delete(key);
      updateEmpty();
      return;
    }
    if (existing) { // an edit: update in place, keep the position
      fill(existing, m);
      return;
    }
    const stick = nearBottom() || m.sender === "user";
    const li = el("li");
    fill(li, m);
    const next = [...ui.list.children].find((n) => Number(n.dataset.messageId) > m.message_id);
    ui.list.insertBefore(li, next || null);
    state.nodes.set(key, li);
    updateEmpty();
    if (m.sender === "bot") hideTyping();
    if (ui.list.children.length === 1) loadCommands(); // the chat exists now, so it has a menu
    if (stick) scrollToBottom();
  }

  function renderChat() {
    ui.list.setAttribute("aria-busy", "true");
    ui.list.replaceChildren();
    state.nodes.clear();
    const id = chatId();
    const messages = [...state.messages.values()]
      .filter((m) => m.chat_id === id && !m.deleted)
      .sort((a, b) => a.message_id - b.message_id);
    for (const m of messages) {
      const li = el("li");
      fill(li, m);
      ui.list.append(li);
      state.nodes.set(keyOf(m), li);
    }
    ui.list.removeAttribute("aria-busy");
    updateEmpty();
    scrollToBottom();
  }

  function renderHeader() {
    const bot = `@${state.bot.username}`;
    if (state.chatKind === "group") {
      ui.title.textContent = GROUP.title;
      ui.subtitle.textContent = `you are ${userName(state.userId)} · mention ${bot}, reply to it, or use /ask`;
    } else {
      ui.title.textContent = state.bot.first_name;
      ui.subtitle.textContent = `bot ${bot} · private chat with ${userName(state.userId)}`;
    }
    document.title = `${ui.title.textContent} — jadbot web test chat`;
  }

  async function loadChat() {
    const id = chatId();
    cancelReply();
    hideTyping();
    renderHeader();
    state.commands = [];
    renderMenu();
    try {
      if (await chatExists(id)) {
        const data = await api("GET", `/chats/${id}/messages`);
        for (const m of data.messages) state.messages.set(keyOf(m), m);
      }
    } catch (error) {
      toast(`Could not load the chat: ${error.message}`);
    }
    if (id !== chatId()) return; // switched again meanwhile
    renderChat();
    loadCommands();
    loadAbout();
  }

  // A private chat exists once its user wrote; asking first keeps 404s out of the console.
  async function chatExists(id) {
    const { chats } = await api("GET", "/chats");
    return chats.some((c) => c.id === id);
  }

  // ------------------------------------------------------------------ sending and buttons

  async function sendText(text) {
    if (state.history[state.history.length - 1] !== text) state.history.push(text);
    state.historyPos = state.history.length;
    const body = { user_id: state.userId, text };
    if (state.chatKind === "group") {
      Object.assign(body, { chat_id: GROUP.id, chat_type: GROUP.type, chat_title: GROUP.title });
    }
    if (state.replyTo !== null) body.reply_to_message_id = state.replyTo;
    cancelReply();
    try {
      const data = await api("POST", "/messages", body);
      upsert(data.message);
      return true;
    } catch (error) {
      toast(`Not sent: ${error.message}`);
      return false;
    }
  }

  async function press(m, b, button) {
    button.classList.add("pending");
    button.setAttribute("aria-busy", "true");
    try {
      const data = await api("POST", "/callback_queries", {
        user_id: state.userId, chat_id: m.chat_id, message_id: m.message_id, data: b.callback_data,
      });
      const id = data.callback_query.callback_query_id;
      if (state.answers.has(id)) {
        answered(state.answers.get(id), button);
      } else {
        state.pending.set(id, button);
        setTimeout(() => settle(id), 10000); // Telegram gives up on an unanswered query too
      }
    } catch (error) {
      settleButton(button);
      toast(`Button failed: ${error.message}`);
    }
  }

  function settleButton(button) {
    button.classList.remove("pending");
    button.removeAttribute("aria-busy");
  }

  function settle(id) {
    const button = state.pending.get(id);
    state.pending.delete(id);
    if (button) settleButton(button);
  }

  function answered(query, button) {
    settleButton(button);
    const answer = query.answer || {};
    if (answer.text) toast(answer.text);
  }

  function onCallbackAnswer(query) {
    const id = query.callback_query_id;
    const button = state.pending.get(id);
    if (button) {
      state.pending.delete(id);
      answered(query, button);
    } else {
      state.answers.set(id, query);
    }
  }

  function startReply(m) {
    state.replyTo = m.message_id;
    ui.replyPreview.textContent = `Replying to ${senderName(m)}: ${(m.text || mediaLabel(m)).slice(0, 60)}`;
    ui.replyBar.hidden = false;
    ui.input.focus();
  }

  function cancelReply() {
    state.replyTo = null;
    ui.replyBar.hidden = true;
  }

  // ------------------------------------------------------------------ typing and commands

  function showTyping(id, action) {
    if (id !== chatId() || action !== "typing") return;
    ui.typing.textContent = `${state.bot.first_name} is typing…`;
    clearTimeout(state.typingTimer);
    state.typingTimer = setTimeout(hideTyping, TYPING_MS);
  }

  function hideTyping() {
    clearTimeout(state.typingTimer);
    ui.typing.textContent = "";
  }

  // The menu a Telegram client shows this user here: the bot's commands for their language_code.
  async function loadCommands() {
    const id = chatId();
    const userId = state.userId;
    const code = language();
    try {
      const exists = await chatExists(id);
      const query = `user_id=${userId}&language_code=${encodeURIComponent(code)}`;
      const data = exists ? await api("GET", `/chats/${id}/commands?${query}`) : null;
      if (id === chatId() && userId === state.userId && code === language()) {
        state.commands = data ? data.commands : [];
      }
    } catch (error) {
      toast(`Could not load the command menu: ${error.message}`);
    }
    renderMenu();
  }

  function renderMenu() {
    const items = state.commands.map((c) => el("li", {}, el("button", { type: "button",
      onclick: () => { closeMenu(); sendText(`/${c.command}`); } },
    el("span", { class: "cmd" }, `/${c.command}`), " ", el("span", { class: "desc" }, c.description))));
    if (!items.length) items.push(el("li", { class: "desc" }, el("span", { class: "desc" },
      "No commands yet: the bot sets them for chats that exist. Press Start or send a message.")));
    const hadFocus = ui.menu.contains(document.activeElement);
    ui.menuList.replaceChildren(...items);
    if (hadFocus) (ui.menuList.querySelector("button") || ui.menuButton).focus();
  }

  function openMenu() {
    ui.menu.hidden = false;
    ui.menuButton.setAttribute("aria-expanded", "true");
    const first = ui.menuList.querySelector("button");
    if (first) first.focus();
  }

  function closeMenu(refocus) {
    ui.menu.hidden = true;
    ui.menuButton.setAttribute("aria-expanded", "false");
    if (refocus) ui.menuButton.focus();
  }

  // ------------------------------------------------------------------ languages

  // English, then every language the bot set a description or commands for, by its own name.
  async function loadLanguages() {
    try {
      const data = await api("GET", "/bot/languages");
      state.languages = data.languages;
    } catch (error) {
      toast(`Could not load the bot's languages: ${error.message}`);
    }
    renderLanguages();
  }

  function renderLanguages() {
    const offered = [...state.languages];
    if (!offered.some((l) => l.code === language())) offered.push({ code: language(), name: language() });
    ui.languageSelect.replaceChildren(
      ...offered.map((l) => el("option", { value: l.code, lang: l.code }, l.name)));
    ui.languageSelect.value = language();
  }

  // The current user's language_code on the local server: the bot sees it in from.language_code
  // (its language for /start and very short messages), the menu and the card follow it.
  async function chooseLanguage() {
    const userId = state.userId;
    const code = ui.languageSelect.value;
    try {
      await api("POST", "/users", { user_id: userId, language_code: code });
      state.languageOf.set(userId, code);
    } catch (error) {
      toast(`Language not changed: ${error.message}`);
    }
    if (userId !== state.userId) return;
    renderLanguages(); // back to the user's language if that failed
    loadAbout();
    loadCommands();
  }

  // The bot sets its descriptions and menus language by language (at start-up, or again later):
  // one refresh after a burst of changes.
  function botTextsChanged() {
    clearTimeout(state.botTextsTimer);
    state.botTextsTimer = setTimeout(() => { loadLanguages(); loadAbout(); }, 100);
  }

  // ------------------------------------------------------------------ keyboard and controls

  function recall(step) {
    const pos = state.historyPos + step;
    if (pos < 0 || pos > state.history.length) return false;
    state.historyPos = pos;
    ui.input.value = pos === state.history.length ? "" : state.history[pos];
    autosize();
    return true;
  }

  function autosize() {
    ui.input.style.height = "auto";
    ui.input.style.height = `${ui.input.scrollHeight}px`;
  }

  function wireControls() {
    for (const u of USERS) ui.userSelect.append(el("option", { value: u.id }, u.first_name));
    renderLanguages();
    ui.userSelect.addEventListener("change", () => {
      state.userId = Number(ui.userSelect.value);
      renderLanguages(); // this user's language
      loadChat();
    });
    ui.languageSelect.addEventListener("change", chooseLanguage);
    ui.chatSelect.addEventListener("change", () => {
      state.chatKind = ui.chatSelect.value;
      loadChat();
    });
    ui.start.addEventListener("click", () => sendText("/start"));
    ui.replyCancel.addEventListener("click", () => { cancelReply(); ui.input.focus(); });
    ui.menuButton.addEventListener("click", () => (ui.menu.hidden ? openMenu() : closeMenu(true)));
    ui.menu.addEventListener("keydown", (ev) => {
      const buttons = [...ui.menuList.querySelectorAll("button")];
      const at = buttons.indexOf(document.activeElement);
      if (ev.key === "Escape") { ev.preventDefault(); closeMenu(true); }
      else if (ev.key === "ArrowDown" && buttons.length) { ev.preventDefault(); buttons[(at + 1) % buttons.length].focus(); }
      else if (ev.key === "ArrowUp" && buttons.length) {
        ev.preventDefault();
        buttons[(at - 1 + buttons.length) % buttons.length].focus();
      }
    });
    ui.form.addEventListener("submit", async (ev) => {
      ev.preventDefault();
      const text = ui.input.value.trim();
      if (!text) return;
      ui.input.value = "";
      autosize();
      if (!(await sendText(text))) ui.input.value = text;
    });
    ui.input.addEventListener("input", autosize);
    ui.input.addEventListener("keydown", (ev) => {
      if (ev.isComposing) return;
      const browsing = ui.input.value === "" || ui.input.value === state.history[state.historyPos];
      if (ev.key === "Enter" && !ev.shiftKey) {
        ev.preventDefault();
        ui.form.requestSubmit();
      } else if (ev.key === "ArrowUp" && browsing && recall(-1)) {
        ev.preventDefault();
      } else if (ev.key === "ArrowDown" && browsing && state.historyPos < state.history.length && recall(1)) {
        ev.preventDefault();
      } else if (ev.key === "Escape") {
        if (!ui.menu.hidden) closeMenu(true);
        else cancelReply();
      }
    });
  }

  // ------------------------------------------------------------------ live updates

  // Subscribe before loading anything: what happens after the stream opens arrives here, what
  // happened before is in the chat's history, so nothing falls in between. EventSource
  // reconnects by itself and resumes with Last-Event-ID.
  function connect(onFirstOpen) {
    const source = new EventSource(`/_local/events?types=${EVENT_TYPES}`);
    let opened = false;
    source.addEventListener("open", () => {
      ui.connection.hidden = true;
      if (!opened) { opened = true; onFirstOpen(); }
    });
    source.addEventListener("error", () => {
      ui.connection.textContent = "Connection to the local server lost; reconnecting…";
      ui.connection.hidden = false;
    });
    const on = (type, handle) => source.addEventListener(type, (ev) => handle(JSON.parse(ev.data)));
    on("message", (e) => upsert(e.data));
    on("edited_message", (e) => upsert(e.data));
    on("deleted_message", (e) => {
      const m = state.messages.get(`${e.data.chat_id}:${e.data.message_id}`);
      if (m) upsert({ ...m, deleted: true });
    });
    on("chat_action", (e) => showTyping(e.chat_id, e.data.action));
    on("callback_answer", (e) => onCallbackAnswer(e.data));
    on("commands", () => { loadCommands(); botTextsChanged(); });
    on("description", botTextsChanged);
    document.body.dataset.ready = "connecting";
  }

  async function init() {
    wireControls();
    try {
      const [info] = await Promise.all([
        api("GET", "/bot"),
        api("POST", "/chats", { chat_id: GROUP.id, type: GROUP.type, title: GROUP.title }),
        ...USERS.map((u) => api("POST", "/users", { user_id: u.id, first_name: u.first_name,
          username: u.username, language_code: state.languageOf.get(u.id) })),
      ]);
      state.bot = info.bot;
    } catch (error) {
      toast(`The local Bot API server does not answer: ${error.message}`);
      return;
    }
    await loadLanguages();
    renderHeader();
    connect(async () => {
      await loadChat();
      document.body.dataset.ready = "yes"; // tests wait for this
      ui.input.focus();
    });
  }

  init();
})();
