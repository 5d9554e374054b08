// The baseline for the app's start-up: a bare Ink "hello", timed the same way as the app
// (milliseconds since process start when the first frame has been drawn).
import { appendFileSync } from 'node:fs';
import { createElement, useEffect } from 'react';
import { render, Text } from 'ink';

function Hello() {
  useEffect(() => appendFileSync(process.env.ZHCARDS_BENCH_MARKS, `first-frame ${performance.now()}\n`), []);
  return createElement(Text, null, 'hello');
}
render(createElement(Hello));
