/** Writing systems: conversion between simplified and traditional characters (opencc-js, lazy). */
export { openccLoaded, toSimplified, toTraditional } from './opencc.js';
