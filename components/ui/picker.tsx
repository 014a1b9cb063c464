'use client'

import { useEffect, useId, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react'
import { useTranslations } from 'next-intl'
import { matchOptions, withSearchTerms, type PickerOption } from '@/lib/picker-match'
import { usePickerTerms } from './picker-terms'

export { codeOptions, type PickerOption } from '@/lib/picker-match'

interface CommonProps {
  /** The form field's name: the hidden inputs (and the plain select without JavaScript) carry it. */
  name: string
  label: string
  options: PickerOption[]
  /** For the tests and the page's CSS: the class of the picker's box. */
  className?: string
}
interface MultipleProps extends CommonProps {
  multiple: true
  value: string[]
  /** Returns false to refuse a choice (e.g. none at all), which then does not show. */
  onChange?: (value: string[]) => boolean | void
  /** The most that can be chosen; further options are shown but cannot be picked. */
  max?: number
}
interface SingleProps extends CommonProps {
  multiple?: false
  value: string
  onChange?: (value: string) => boolean | void
  /** An option meaning "none" (value ""), such as "Any party"; without it a value must be chosen. */
  emptyLabel?: string
}

/**
 * A type-ahead picker for parties, forums, reporters and partners: type part of a name or a code,
 * choose with the arrow keys and Enter (or a click); the choices show as names with their codes.
 * It follows the ARIA combobox pattern (a text field that owns a listbox, the active option named
 * by aria-activedescendant, a polite count of matches), and a multiple picker lists its choices as
 * buttons that remove them. Without JavaScript, and until the page hydrates, it is the plain
 * <select> of a GET form, so every view still works as a form; the field's name and values are the
 * same in both. Typing finds an option by its name in either interface language (its code's
 * search terms from the page's PickerTermsProvider), whichever the page shows.
 */
export function Picker(props: MultipleProps | SingleProps) {
  // The server's markup (the plain select) is what a reader without scripts keeps; the hydrating
  // render must match it, and every render after hydration (a remount too) is the combobox.
  const enhanced = useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  )
  return enhanced ? <Combobox {...props} /> : <PlainSelect {...props} />
}

const subscribeNothing = () => () => {}

function optionText(o: PickerOption): string {
  return o.code && o.code !== o.label ? `${o.label} (${o.code})` : o.label
}

function PlainSelect(props: MultipleProps | SingleProps) {
  const groups = grouped(props.options)
  const options = groups.map(([group, list]) => {
    const items = list.map((o) => (
      <option key={o.value} value={o.value}>
        {optionText(o)}
      </option>
    ))
    return group ? (
      <optgroup key={group} label={group}>
        {items}
      </optgroup>
    ) : (
      items
    )
  })
  return (
    <label className={`picker picker-plain ${props.className ?? ''}`}>
      <span>{props.label}</span>
      {props.multiple ? (
        <select
          name={props.name}
          multiple
          size={Math.min(4, props.options.length)}
          defaultValue={props.value}
          onChange={(e) => {
            if (!props.onChange) return
            e.stopPropagation() // the picker's own handler applies the change, not the form's
            props.onChange(Array.from(e.currentTarget.selectedOptions, (o) => o.value))
          }}
        >
          {options}
        </select>
      ) : (
        <select
          name={props.name}
          defaultValue={props.value}
          onChange={(e) => {
            if (!props.onChange) return
            e.stopPropagation()
            props.onChange(e.currentTarget.value)
          }}
        >
          {props.emptyLabel !== undefined ? <option value="">{props.emptyLabel}</option> : null}
          {options}
        </select>
      )}
    </label>
  )
}

function grouped(options: PickerOption[]): [string, PickerOption[]][] {
  const groups = new Map<string, PickerOption[]>()
  for (const o of options) {
    const list = groups.get(o.group ?? '') ?? []
    list.push(o)
    groups.set(o.group ?? '', list)
  }
  return [...groups]
}

function Combobox(props: MultipleProps | SingleProps) {
  const id = useId()
  const listId = `${id}-list`
  const input = useRef<HTMLInputElement>(null)
  const list = useRef<HTMLUListElement>(null)
  const byValue = useMemo(() => new Map(props.options.map((o) => [o.value, o])), [props.options])
  const emptyLabel = props.multiple ? undefined : props.emptyLabel
  // The choice shows at once, before the page that applies it arrives (and, in a form without an
  // onChange, it is the form's value); a new value from the page (the URL changed) replaces it.
  const given = props.multiple ? props.value : [props.value]
  const [shown, setShown] = useState({ given: given.join('\n'), chosen: given })
  if (shown.given !== given.join('\n')) setShown({ given: given.join('\n'), chosen: given })
  const chosen = shown.given === given.join('\n') ? shown.chosen : given
  const setChosen = (next: string[]) => {
    const accepted = props.multiple ? props.onChange?.(next) : props.onChange?.(next[0] ?? '')
    if (accepted !== false) setShown({ given: given.join('\n'), chosen: next })
  }
  const chosenLabel = props.multiple ? '' : chosen[0] === '' ? (emptyLabel ?? '') : (byValue.get(chosen[0])?.label ?? chosen[0])

  const [query, setQuery] = useState<string | null>(null) // null: not typing (a single picker shows its choice)
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  const t = useTranslations('pickers')
  const terms = usePickerTerms()
  const searchable = useMemo(() => withSearchTerms(props.options, terms), [props.options, terms])
  const matches = useMemo(() => {
    const found = matchOptions(searchable, query ?? '')
    return emptyLabel !== undefined && !query ? [{ value: '', label: emptyLabel }, ...found] : found
  }, [searchable, query, emptyLabel])
  const full = props.multiple && props.max !== undefined && chosen.length >= props.max

  useEffect(() => {
    if (!open) return
    list.current?.querySelector<HTMLElement>(`[data-index="${active}"]`)?.scrollIntoView({ block: 'nearest' })
  }, [active, open])

  const choose = (option: PickerOption) => {
    if (props.multiple) {
      const on = chosen.includes(option.value)
      if (!on && full) return
      setChosen(on ? chosen.filter((v) => v !== option.value) : [...chosen, option.value])
      setQuery('')
    } else {
      setChosen([option.value])
      setQuery(null)
      setOpen(false)
    }
  }
  const remove = (value: string) => {
    if (!props.multiple) return
    setChosen(chosen.filter((v) => v !== value))
    input.current?.focus()
  }

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      if (!open) {
        setOpen(true)
        setActive(0)
        return
      }
      const step = e.key === 'ArrowDown' ? 1 : -1
      setActive((a) => Math.max(0, Math.min(matches.length - 1, a + step)))
    } else if (e.key === 'Enter') {
      // Enter chooses; it never submits the form while the list is open.
      if (open && matches[active]) {
        e.preventDefault()
        choose(matches[active])
      }
    } else if (e.key === 'Escape') {
      if (open || query !== null) {
        e.preventDefault()
        setOpen(false)
        setQuery(null)
      }
    } else if (e.key === 'Backspace' && props.multiple && !query && chosen.length) {
      remove(chosen[chosen.length - 1])
    } else if (e.key === 'Home' || e.key === 'End') {
      if (open && query === null) {
        e.preventDefault()
        setActive(e.key === 'Home' ? 0 : matches.length - 1)
      }
    }
  }

  const activeOption = open ? matches[active] : undefined
  const optionId = (i: number) => `${id}-o${i}`
  return (
    <div className={`picker ${props.multiple ? 'picker-multiple' : 'picker-single'} ${props.className ?? ''}`}>
      <label htmlFor={`${id}-input`}>{props.label}</label>
      {props.multiple && chosen.length ? (
        <ul className="picker-chosen" aria-label={t('chosen', { label: props.label.toLowerCase() })}>
          {chosen.map((v) => {
            const o = byValue.get(v) ?? { value: v, label: v }
            return (
              <li key={v}>
                <span>
                  {o.label}
                  {o.code && o.code !== o.label ? <span className="code"> {o.code}</span> : null}
                </span>
                <button type="button" aria-label={t('remove', { name: o.label })} onClick={() => remove(v)}>
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            )
          })}
        </ul>
      ) : null}
      <div className="picker-field">
        <input
          ref={input}
          id={`${id}-input`}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={activeOption ? optionId(active) : undefined}
          aria-describedby={`${id}-hint`}
          placeholder={props.multiple ? (full ? t('atMost', { max: props.max ?? 0 }) : t('typeToAdd')) : t('type')}
          value={query ?? chosenLabel}
          onChange={(e) => {
            e.stopPropagation() // typing filters the list; it is not a change of the form
            setQuery(e.target.value)
            setOpen(true)
            setActive(0)
          }}
          onFocus={(e) => {
            if (!props.multiple) e.currentTarget.select()
          }}
          onClick={() => setOpen(true)}
          onBlur={(e) => {
            // A click on an option keeps the list (it blurs the field first); anywhere else closes it.
            if (list.current?.contains(e.relatedTarget as Node)) return
            setOpen(false)
            setQuery(null)
          }}
          onKeyDown={onKeyDown}
        />
        <button
          type="button"
          className="picker-toggle"
          tabIndex={-1}
          aria-label={t('showAll', { label: props.label.toLowerCase() })}
          onClick={() => {
            setOpen((o) => !o)
            input.current?.focus()
          }}
        >
          <span aria-hidden="true">▾</span>
        </button>
      </div>
      <span id={`${id}-hint`} className="sr-only">
        {props.multiple ? t('hintMultiple') : t('hintSingle')}
      </span>
      <ul
        ref={list}
        id={listId}
        role="listbox"
        aria-label={props.label}
        aria-multiselectable={props.multiple || undefined}
        className="picker-list"
        hidden={!open || matches.length === 0}
        tabIndex={-1}
      >
        {/* The options exist only while the list is open: a closed picker of 200 parties is not 200 hidden items to build at hydration. */}
        {(open ? matches : []).map((o, i) => {
          const selected = chosen.includes(o.value)
          return (
            <li
              key={o.value || '(none)'}
              id={optionId(i)}
              data-index={i}
              role="option"
              aria-selected={selected}
              aria-disabled={(!selected && full) || undefined}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => setActive(i)}
              onClick={() => choose(o)}
            >
              <span className="picker-check" aria-hidden="true">
                {selected ? '✓' : ''}
              </span>
              {o.label}
              {o.code && o.code !== o.label ? <span className="code">{o.code}</span> : null}
              {o.group ? <span className="picker-group">{o.group}</span> : null}
            </li>
          )
        })}
      </ul>
      {open && matches.length === 0 ? <p className="picker-none">{t('noMatchFor', { query: query ?? '' })}</p> : null}
      <span role="status" className="sr-only">
        {open ? (matches.length ? t('options', { count: matches.length }) : t('noMatch')) : ''}
      </span>
      {chosen
        .filter((v) => v !== '' || !props.multiple)
        .map((v) => (
          <input key={v || '(none)'} type="hidden" name={props.name} value={v} />
        ))}
    </div>
  )
}
