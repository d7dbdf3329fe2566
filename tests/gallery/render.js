// Renders Adaptive Cards the way Teams shows them in a chat, for the card gallery's screenshots:
// the official renderer (the `adaptivecards` npm package) with a Teams-like host config, and
// TextBlocks run through markdown-it limited to the Markdown subset Teams renders in cards
// (emphasis, links, bulleted and numbered lists). RichTextBlocks and TextRuns get no Markdown,
// as in Teams. Loaded after adaptivecards.js and markdown-it's browser build.
(function () {
  "use strict";
  const markdown = window.markdownit("zero").enable(["list", "emphasis", "link", "escape"]);

  AdaptiveCards.AdaptiveCard.onProcessMarkdown = function (text, result) {
    result.outputHtml = markdown.render(text);
    result.didProcess = true;
  };

  // On a phone: buttons behind "…" and titles cut short, which a member cannot read.
  function phoneProblems(frame) {
    const found = [];
    for (const button of frame.querySelectorAll(".ac-pushButton")) {
      if (button.offsetParent === null) {
        continue;  // inside a card a button shows, not drawn until it is clicked
      }
      if (button.getAttribute("aria-label") === "More options") {
        found.push("buttons behind … on a phone");
        continue;
      }
      const title = button.firstElementChild || button;
      if (title.scrollWidth > title.clientWidth) {
        found.push(`"${button.textContent}" cut short on a phone`);
      }
    }
    return found;
  }

  // One card at a time in a page of its own (radio buttons of two forms on one page would be
  // one group); what the renderer could not read is reported per card. With `overflow`, the
  // buttons past the host config's maxActions go behind a "…" button, as on Teams mobile, and
  // are no failure.
  window.renderGallery = function (shots, hostConfigJson, overflow) {
    AdaptiveCards.GlobalSettings.allowMoreThanMaxActionsInOverflowMenu = Boolean(overflow);
    const hostConfig = new AdaptiveCards.HostConfig(hostConfigJson);
    const problems = {};
    document.body.replaceChildren();
    for (const shot of shots) {
      const card = new AdaptiveCards.AdaptiveCard();
      card.hostConfig = hostConfig;
      const context = new AdaptiveCards.SerializationContext();
      card.parse(shot.card, context);
      const events = [];
      for (let i = 0; i < context.eventCount; i++) {
        events.push(context.getEventAt(i).message);
      }
      for (const failure of card.validateProperties().validationEvents) {
        if (!(overflow && failure.event === AdaptiveCards.ValidationEvent.TooManyActions)) {
          events.push(failure.message);
        }
      }
      if (events.length) {
        problems[shot.name] = events;
      }
      const frame = document.createElement("section");
      frame.className = "shot";
      frame.id = shot.name;
      frame.appendChild(card.render());
      document.body.appendChild(frame);
      if (overflow) {
        const cut = phoneProblems(frame);
        if (cut.length) {
          problems[shot.name] = (problems[shot.name] || []).concat(cut);
        }
      }
    }
    return problems;
  };
})();
