/** Prompts of several kinds claimed once per kind and local day: the kinds, a scheduled prompt, the store's interface. */
package ru.sleepbot.store.prompt;
