"use client";

import { PageLink } from "@/components/page-link";
import { useEffect, useState } from "react";
import { slideHref } from "@/lib/routes";

type Props = { slug: string; className?: string };

/**
 * "Read as slides" on the one-page view, back to the slide the reader has scrolled to: the slide
 * under a line just below the view's sticky bar.
 */
export function ReadAsSlidesLink({ slug, className }: Props) {
  const [slide, setSlide] = useState(1);

  useEffect(() => {
    const sections = [...document.querySelectorAll<HTMLElement>("[data-one-page-slide]")];
    function update() {
      const line = Math.min(window.innerHeight * 0.2, 120);
      let reached = 1;
      for (const section of sections) {
        if (section.getBoundingClientRect().top <= line) reached = Number(section.dataset.onePageSlide) || reached;
      }
      setSlide(reached);
    }
    update();
    window.addEventListener("scroll", update, { passive: true });
    window.addEventListener("resize", update);
    return () => {
      window.removeEventListener("scroll", update);
      window.removeEventListener("resize", update);
    };
  }, []);

  return (
    <PageLink href={slideHref(slug, slide)} className={className}>
      Read as slides <span className="sr-only">from slide {slide}</span>
    </PageLink>
  );
}
