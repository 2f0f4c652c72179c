// The demo page: one WebSocket per pane, both in the chosen conversation.
"use strict";

const panes = {};

const LABELS = {
  CREDIT_CARD: "a card number",
  CARD_SECURITY_CODE: "the card security code",
  US_SSN: "a Social Security number",
  ONE_TIME_PASSCODE: "a one-time passcode",
  PASSWORD: "a password",
  PIN: "a PIN",
};

function describe(types) {
  if (!types || !types.length) return "something that could not be checked";
  return types.map((t) => `${LABELS[t] || t} (${t})`).join(", ");
}

function show(role, item) {
  const list = document.querySelector(`#${role} .messages`);
  const row = document.createElement("li");
  if (item.error) {
    row.className = "message blocked";
    row.dataset.action = "block";
    const marker = document.createElement("span");
    marker.className = "marker blocked";
    marker.textContent = "blocked";
    const what = item.error === "blocked"
      ? `Not sent: it carries or asks for ${describe(item.types)}.`
      : `Not sent: ${item.detail || item.error}.`;
    row.append(document.createTextNode(what), marker);
  } else {
    row.className = "message" + (item.role === role ? " mine" : "");
    row.dataset.action = item.action;
    row.dataset.id = item.id;
    const who = document.createElement("span");
    who.className = "who";
    who.textContent = item.role;
    const text = document.createElement("span");
    text.className = "text";
    text.textContent = item.text;
    row.append(who, text);
    if (item.action === "mask") {
      const marker = document.createElement("span");
      marker.className = "marker masked";
      marker.textContent = "masked";
      row.append(marker);
    }
  }
  list.append(row);
  list.scrollTop = list.scrollHeight;
}

function connect(role, conversation) {
  const pane = document.getElementById(role);
  pane.dataset.ready = "false";
  if (panes[role]) panes[role].close();
  const scheme = location.protocol === "https:" ? "wss" : "ws";
  const url = `${scheme}://${location.host}/ws/${encodeURIComponent(conversation)}?role=${role}`;
  const socket = new WebSocket(url);
  socket.onopen = () => {
    if (panes[role] !== socket) return;
    pane.dataset.conversation = conversation;
    pane.dataset.ready = "true";
  };
  socket.onclose = () => {
    if (panes[role] === socket) pane.dataset.ready = "false";
  };
  socket.onmessage = (event) => show(role, JSON.parse(event.data));
  panes[role] = socket;
}

async function join(conversation) {
  const status = document.getElementById("status");
  for (const role of ["customer", "agent"]) {
    const pane = document.getElementById(role);
    pane.dataset.ready = "false";
    pane.dataset.conversation = "";
    pane.querySelector(".messages").replaceChildren();
  }
  const response = await fetch(`/api/conversations/${encodeURIComponent(conversation)}/messages`);
  if (response.ok) {
    const history = await response.json();
    for (const message of history.messages) {
      show("customer", message);
      show("agent", message);
    }
  }
  connect("customer", conversation);
  connect("agent", conversation);
  status.textContent = `in conversation "${conversation}"`;
}

document.getElementById("join").addEventListener("submit", (event) => {
  event.preventDefault();
  join(document.getElementById("conversation").value);
});

for (const role of ["customer", "agent"]) {
  document.querySelector(`#${role} .compose`).addEventListener("submit", (event) => {
    event.preventDefault();
    const input = event.target.elements.text;
    const socket = panes[role];
    if (!input.value.trim() || !socket || socket.readyState !== WebSocket.OPEN) return;
    socket.send(JSON.stringify({ text: input.value }));
    input.value = "";
  });
}

join(document.getElementById("conversation").value);
