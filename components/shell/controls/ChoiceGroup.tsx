'use client'

import { useId } from 'react'

export interface Choice<T> {
  value: T
  label: string
}

/** A labelled group of radio buttons styled as a segmented control. */
export function ChoiceGroup<T extends string | number>(props: {
  legend: string
  choices: readonly Choice<T>[]
  value: T
  onChange: (value: T) => void
}) {
  const name = useId()
  return (
    <fieldset>
      <legend className="text-sm font-medium text-slate-800 dark:text-slate-100">
        {props.legend}
      </legend>
      <div className="mt-2 flex flex-wrap gap-1 rounded-lg bg-slate-100 p-1 dark:bg-slate-800">
        {props.choices.map((choice) => (
          <label
            key={String(choice.value)}
            className="relative flex-1 cursor-pointer rounded-md px-2 py-1 text-center text-xs font-medium text-slate-700 has-[:checked]:bg-white has-[:checked]:text-slate-950 has-[:checked]:shadow-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-blue-500 dark:text-slate-300 dark:has-[:checked]:bg-slate-950 dark:has-[:checked]:text-white"
          >
            <input
              type="radio"
              name={name}
              className="absolute inset-0 h-full w-full cursor-pointer appearance-none rounded-md opacity-0"
              checked={choice.value === props.value}
              onChange={() => props.onChange(choice.value)}
            />
            {choice.label}
          </label>
        ))}
      </div>
    </fieldset>
  )
}
