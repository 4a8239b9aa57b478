import { configure } from "@testing-library/dom";

// Testing Library's findBy/waitFor give up after 1 s, a timing assertion in disguise: on a loaded
// 2-core machine a Fluent UI render can take longer. A missing element still fails the test.
configure({ asyncUtilTimeout: 60_000 });
